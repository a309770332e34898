//! How values are written for people on the pages.

use mitra_domain::{Country, Language, LegalForm, Money, OrganizationKind, Role};

/// A kind of organisation in words: `ecommerce_platform` becomes "ecommerce platform".
pub fn kind_label(kind: OrganizationKind) -> String {
    kind.as_str().replace('_', " ")
}

/// Money with its currency and its whole part grouped by thousands: `GHS 900,000`.
pub fn money(money: &Money) -> String {
    format!("{} {}", money.currency().code(), grouped(&money.amount().to_string()))
}

/// A decimal amount with its whole part in groups of three digits, as English writes it
/// (`50000000.5` becomes `50,000,000.5`). Pages in other languages come with localisation.
pub fn grouped(amount: &str) -> String {
    let (whole, fraction) = amount.split_once('.').map_or((amount, None), |(w, f)| (w, Some(f)));
    let digits: Vec<char> = whole.chars().collect();
    let mut out = String::new();
    for (index, digit) in digits.iter().enumerate() {
        if index > 0
            && (digits.len() - index).is_multiple_of(3)
            && digit.is_ascii_digit()
            && digits[index - 1].is_ascii_digit()
        {
            out.push(',');
        }
        out.push(*digit);
    }
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// Words for a contribution to a recommendation's score, for the firm reading it.
pub fn reason(contribution: mitra_app::Contribution) -> &'static str {
    match contribution.as_str() {
        "industry" => "fits your industry",
        "any_industry" => "open to firms of any industry",
        "same_country" => "in your country",
        "same_region" => "in your region",
        "size_fit" => "for firms of your size",
        "channel_need" => "meets a need you stated",
        "text_relevance" => "matches the words of your needs",
        "shared_language" => "in your language",
        "recovery_need" => "for firms whose revenue fell",
        "women_led" => "priority for women-led firms",
        "youth_led" => "priority for youth-led firms",
        _ => "other",
    }
}

/// Every country as (code, name), by name, for a form's list.
pub fn country_choices() -> Vec<(String, String)> {
    let mut choices: Vec<(String, String)> = Country::codes()
        .filter_map(|code| Country::parse(code).ok())
        .map(|c| (c.code().to_owned(), c.name().to_owned()))
        .collect();
    choices.sort_by(|a, b| a.1.cmp(&b.1));
    choices
}

/// Every language as (code, name), by name, for a form's list.
pub fn language_choices() -> Vec<(String, String)> {
    let mut choices: Vec<(String, String)> = Language::codes()
        .filter_map(|code| Language::parse(code).ok())
        .map(|l| (l.code().to_owned(), l.name().to_owned()))
        .collect();
    choices.sort_by(|a, b| a.1.cmp(&b.1));
    choices
}

/// A legal form in words.
pub fn legal_form_label(form: LegalForm) -> &'static str {
    match form {
        LegalForm::SoleProprietorship => "Sole proprietorship",
        LegalForm::Partnership => "Partnership",
        LegalForm::LimitedLiabilityPartnership => "Limited liability partnership",
        LegalForm::PrivateCompany => "Private company",
        LegalForm::PublicCompany => "Public company",
        LegalForm::Cooperative => "Cooperative",
        LegalForm::Other => "Other",
    }
}

/// A role in words.
pub fn role_label(role: Role) -> &'static str {
    match role {
        Role::Administrator => "Administrator",
        Role::ProgrammeManager => "Programme manager",
        Role::PartnerStaff => "Partner staff",
        Role::Reviewer => "Reviewer",
        Role::Approver => "Approver",
        Role::MsmeOwner => "Business owner",
        Role::Mentor => "Mentor",
    }
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn amounts_are_grouped_by_thousands() {
        for (raw, shown) in [
            ("0", "0"),
            ("999", "999"),
            ("1000", "1,000"),
            ("60000", "60,000"),
            ("50000000.5", "50,000,000.5"),
            ("1234567", "1,234,567"),
        ] {
            assert_eq!(grouped(raw), shown, "{raw}");
        }
    }
}
