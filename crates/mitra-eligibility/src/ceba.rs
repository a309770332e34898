//! The Canada Emergency Business Account (CEBA), from its public terms, as three versions of
//! one rule set (sources: Department of Finance Canada, news releases of 2020-04-09, 2020-05-19
//! and 2020-06-19; CEBA program terms at ceba-cuec.ca; the department's 2024 briefing on CEBA).
//!
//! - From 2020-04-09, the launch: 2019 employment income paid from CAD 50,000 to CAD 1,000,000.
//! - From 2020-05-19: the payroll range widened to more than CAD 20,000 and at most
//!   CAD 1,500,000.
//! - From 2020-06-19: a second stream for firms with 2019 payroll of CAD 20,000 or less and 2020
//!   eligible non-deferrable expenses from CAD 40,000 to CAD 1,500,000.
//!
//! Sources disagree on whether the boundary amounts are in or out, so every criterion writes
//! its inclusivity with the operator it uses: `>` (out) or `>=` (in), `<` (out) or `<=` (in).
//! Applications closed on 2021-06-30: the opportunity's closing date, not a criterion.

use std::collections::BTreeMap;

use jiff::civil::{Date, date};
use mitra_domain::{Language, Text};

use crate::{Criterion, RuleSetDraft};

/// A criterion with its label in English, French, Spanish, Indonesian and Hindi.
fn criterion(key: &str, expression: &str, labels: [&str; 5]) -> Criterion {
    let labels: BTreeMap<Language, Text<300>> = ["en", "fr", "es", "id", "hi"]
        .iter()
        .zip(labels)
        .map(|(code, label)| {
            (Language::parse(code).expect("ISO 639-1"), Text::parse(label).expect("a label is short text"))
        })
        .collect();
    Criterion {
        key: Text::parse(key).expect("a key is short text"),
        labels,
        expression: expression.to_owned(),
    }
}

fn in_canada() -> Criterion {
    criterion(
        "in-canada",
        r#"country == "CA""#,
        [
            "The business is in Canada",
            "L'entreprise est au Canada",
            "La empresa está en Canadá",
            "Usaha berada di Kanada",
            "व्यवसाय कनाडा में है",
        ],
    )
}

fn in_operation() -> Criterion {
    criterion(
        "in-operation-on-2020-03-01",
        r#"founded_on <= date("2020-03-01") && operating_status != "permanently_closed""#,
        [
            "The business was in operation on 1 March 2020 (founded on that day or before) and has not closed for good",
            "L'entreprise était en activité le 1er mars 2020 (fondée ce jour-là ou avant) et n'a pas fermé définitivement",
            "La empresa operaba el 1 de marzo de 2020 (fundada ese día o antes) y no ha cerrado definitivamente",
            "Usaha sudah beroperasi pada 1 Maret 2020 (didirikan pada hari itu atau sebelumnya) dan tidak tutup permanen",
            "व्यवसाय 1 मार्च 2020 को चालू था (उस दिन या पहले स्थापित) और स्थायी रूप से बंद नहीं हुआ है",
        ],
    )
}

/// The payroll stream as launched: from CAD 50,000 to CAD 1,000,000, both included.
fn payroll_at_launch() -> Criterion {
    criterion(
        "payroll-stream",
        r#"figures[2019].payroll >= money(50000, "CAD") && figures[2019].payroll <= money(1000000, "CAD")"#,
        [
            "2019 payroll (employment income paid) from CAD 50,000 to CAD 1,000,000, both included",
            "Masse salariale 2019 (rémunération versée) de 50 000 $ à 1 000 000 $, bornes comprises",
            "Nómina de 2019 (remuneración pagada) de 50 000 a 1 000 000 CAD, ambos incluidos",
            "Total gaji 2019 (penghasilan kerja yang dibayarkan) dari CAD 50.000 sampai CAD 1.000.000, keduanya termasuk",
            "2019 का वेतन-व्यय (चुकाई गई रोज़गार आय) CAD 50,000 से CAD 10,00,000 तक, दोनों सम्मिलित",
        ],
    )
}

/// The widened payroll stream: more than CAD 20,000, at most CAD 1,500,000.
const PAYROLL_STREAM: &str =
    r#"figures[2019].payroll > money(20000, "CAD") && figures[2019].payroll <= money(1500000, "CAD")"#;

/// The non-deferrable-expenses stream: 2019 payroll of CAD 20,000 or less, 2020 expenses
/// from CAD 40,000 to CAD 1,500,000, both included.
const EXPENSES_STREAM: &str = r#"figures[2019].payroll <= money(20000, "CAD") && figures[2020].non_deferrable_expenses >= money(40000, "CAD") && figures[2020].non_deferrable_expenses <= money(1500000, "CAD")"#;

fn payroll_widened() -> Criterion {
    criterion(
        "payroll-stream",
        PAYROLL_STREAM,
        [
            "2019 payroll (employment income paid) more than CAD 20,000 and at most CAD 1,500,000",
            "Masse salariale 2019 (rémunération versée) supérieure à 20 000 $ et d'au plus 1 500 000 $",
            "Nómina de 2019 (remuneración pagada) de más de 20 000 CAD y como máximo 1 500 000 CAD",
            "Total gaji 2019 (penghasilan kerja yang dibayarkan) lebih dari CAD 20.000 dan paling banyak CAD 1.500.000",
            "2019 का वेतन-व्यय (चुकाई गई रोज़गार आय) CAD 20,000 से अधिक और अधिकतम CAD 15,00,000",
        ],
    )
}

fn either_stream() -> Criterion {
    criterion(
        "payroll-or-expenses-stream",
        &format!("({PAYROLL_STREAM}) || ({EXPENSES_STREAM})"),
        [
            "Either 2019 payroll more than CAD 20,000 and at most CAD 1,500,000, or 2019 payroll of CAD 20,000 or less with 2020 non-deferrable expenses from CAD 40,000 to CAD 1,500,000 (both included)",
            "Soit une masse salariale 2019 supérieure à 20 000 $ et d'au plus 1 500 000 $, soit une masse salariale 2019 d'au plus 20 000 $ et des dépenses non reportables 2020 de 40 000 $ à 1 500 000 $ (bornes comprises)",
            "O bien nómina de 2019 de más de 20 000 CAD y como máximo 1 500 000 CAD, o bien nómina de 2019 de 20 000 CAD o menos con gastos no aplazables de 2020 de 40 000 a 1 500 000 CAD (ambos incluidos)",
            "Total gaji 2019 lebih dari CAD 20.000 dan paling banyak CAD 1.500.000, atau total gaji 2019 paling banyak CAD 20.000 dengan biaya tak dapat ditunda 2020 dari CAD 40.000 sampai CAD 1.500.000 (keduanya termasuk)",
            "या तो 2019 का वेतन-व्यय CAD 20,000 से अधिक और अधिकतम CAD 15,00,000, या 2019 का वेतन-व्यय CAD 20,000 या कम और 2020 के न टलने वाले ख़र्च CAD 40,000 से CAD 15,00,000 तक (दोनों सम्मिलित)",
        ],
    )
}

/// The three versions, oldest first.
pub fn rule_sets() -> Vec<RuleSetDraft> {
    vec![
        RuleSetDraft {
            applies_from: LAUNCH,
            criteria: vec![in_canada(), in_operation(), payroll_at_launch()],
        },
        RuleSetDraft {
            applies_from: WIDENED,
            criteria: vec![in_canada(), in_operation(), payroll_widened()],
        },
        RuleSetDraft {
            applies_from: SECOND_STREAM,
            criteria: vec![in_canada(), in_operation(), either_stream()],
        },
    ]
}

/// Applications opened.
pub const LAUNCH: Date = date(2020, 4, 9);
/// The payroll range was widened.
pub const WIDENED: Date = date(2020, 5, 19);
/// The non-deferrable-expenses stream took applications.
pub const SECOND_STREAM: Date = date(2020, 6, 19);
