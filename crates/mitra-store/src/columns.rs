//! The filter columns copied out of a record, computed the same way for both backends.

use mitra_domain::{IndustryCode, OpportunityDraft, OrganizationDraft};

/// A statement with its arguments, on either backend.
pub(crate) type Query<'q, DB> = sqlx::query::Query<'q, DB, <DB as sqlx::Database>::Arguments>;

/// `value.pipe(f)` is `f(value)`, so that a helper can sit in the middle of a builder chain.
pub(crate) trait Pipe: Sized {
    fn pipe<T>(self, f: impl FnOnce(Self) -> T) -> T {
        f(self)
    }
}

impl<T> Pipe for T {}

pub(crate) struct OrganizationColumns {
    pub kind: &'static str,
    pub name: String,
    pub country: String,
    pub region_key: Option<String>,
    pub industry_code: Option<String>,
    pub industry_path: String,
    pub size_class: Option<&'static str>,
    pub channels: String,
    pub women_led: bool,
    pub youth_led: bool,
    pub veteran_led: bool,
    pub search_text: String,
}

/// The filter columns of an organisation as they are stored, to compare with fresh ones.
pub(crate) struct StoredColumns {
    pub kind: String,
    pub name: String,
    pub country: String,
    pub region_key: Option<String>,
    pub industry_code: Option<String>,
    pub industry_path: String,
    pub size_class: Option<String>,
    pub channels: String,
    pub women_led: bool,
    pub youth_led: bool,
    pub veteran_led: bool,
    pub search_text: String,
}

pub(crate) struct OpportunityColumns {
    pub channel: &'static str,
    pub country: String,
    pub region_keys: String,
    pub languages: String,
    pub opens_on: Option<String>,
    pub closes_on: Option<String>,
    pub search_text: String,
}

impl OrganizationColumns {
    /// Columns of a draft; the size class is the one in force on `today`.
    pub fn of(draft: &OrganizationDraft, today: jiff::civil::Date) -> Self {
        let msme = draft.msme.as_ref();
        let ownership = msme.map(|m| m.ownership).unwrap_or_default();
        let industry = msme.and_then(|m| m.industry.as_ref());
        let channels: Vec<&str> = draft.channels().iter().map(|c| c.as_str()).collect();
        Self {
            kind: draft.kind.as_str(),
            name: draft.name.to_string(),
            country: draft.country.to_string(),
            region_key: draft.region.as_ref().map(|r| r.as_str().to_lowercase()),
            industry_code: industry.map(|code| code.code().to_owned()),
            industry_path: industry.map(industry_path).unwrap_or_else(|| " ".to_owned()),
            size_class: draft.size_class(today).and_then(Result::ok).map(|c| c.class.as_str()),
            channels: format!(",{},", channels.join(",")),
            women_led: ownership.women_led,
            youth_led: ownership.youth_led,
            veteran_led: ownership.veteran_led,
            search_text: search_text(&[
                Some(draft.name.as_str()),
                draft.description.as_ref().map(|d| d.as_str()),
                draft.msme.as_ref().and_then(|m| m.registration_number.as_ref()).map(|n| n.as_str()),
            ]),
        }
    }
}

impl OrganizationColumns {
    /// Binds the twelve columns to the next twelve placeholders, in the order `kind` to
    /// `search_text`.
    pub fn bind<'q, DB>(self, query: Query<'q, DB>) -> Query<'q, DB>
    where
        DB: sqlx::Database,
        for<'t> &'static str: sqlx::Encode<'t, DB> + sqlx::Type<DB>,
        for<'t> Option<&'static str>: sqlx::Encode<'t, DB> + sqlx::Type<DB>,
        for<'t> String: sqlx::Encode<'t, DB> + sqlx::Type<DB>,
        for<'t> Option<String>: sqlx::Encode<'t, DB> + sqlx::Type<DB>,
        for<'t> bool: sqlx::Encode<'t, DB> + sqlx::Type<DB>,
    {
        query
            .bind(self.kind)
            .bind(self.name)
            .bind(self.country)
            .bind(self.region_key)
            .bind(self.industry_code)
            .bind(self.industry_path)
            .bind(self.size_class)
            .bind(self.channels)
            .bind(self.women_led)
            .bind(self.youth_led)
            .bind(self.veteran_led)
            .bind(self.search_text)
    }

    /// Whether the stored columns are these.
    pub fn matches(&self, stored: &StoredColumns) -> bool {
        self.kind == stored.kind
            && self.name == stored.name
            && self.country == stored.country
            && self.region_key == stored.region_key
            && self.industry_code == stored.industry_code
            && self.industry_path == stored.industry_path
            && self.size_class == stored.size_class.as_deref()
            && self.channels == stored.channels
            && (self.women_led, self.youth_led, self.veteran_led)
                == (stored.women_led, stored.youth_led, stored.veteran_led)
            && self.search_text == stored.search_text
    }
}

impl OpportunityColumns {
    /// Binds the seven columns to the next seven placeholders, in the order `channel` to
    /// `search_text`.
    pub fn bind<'q, DB>(self, query: Query<'q, DB>) -> Query<'q, DB>
    where
        DB: sqlx::Database,
        for<'t> &'static str: sqlx::Encode<'t, DB> + sqlx::Type<DB>,
        for<'t> String: sqlx::Encode<'t, DB> + sqlx::Type<DB>,
        for<'t> Option<String>: sqlx::Encode<'t, DB> + sqlx::Type<DB>,
    {
        query
            .bind(self.channel)
            .bind(self.country)
            .bind(self.region_keys)
            .bind(self.languages)
            .bind(self.opens_on)
            .bind(self.closes_on)
            .bind(self.search_text)
    }

    pub fn of(draft: &OpportunityDraft) -> Self {
        let regions: Vec<String> = draft.regions.iter().map(|r| region_key(r.as_str())).collect();
        let languages: Vec<&str> = draft.languages.iter().map(|l| l.code()).collect();
        Self {
            channel: draft.channel.as_str(),
            country: draft.country.to_string(),
            region_keys: format!("|{}|", regions.join("|")),
            languages: format!(",{},", languages.join(",")),
            opens_on: draft.opens_on.map(|d| d.to_string()),
            closes_on: draft.closes_on.map(|d| d.to_string()),
            search_text: search_text(&[Some(draft.title.as_str()), Some(draft.description.as_str())]),
        }
    }
}

/// ' C 10 107 1073 ' for an ISIC class; for NAICS its ISIC section and every prefix of two or
/// more digits marked `n:` (so that NAICS 31 and ISIC division 31 stay apart); for a code in
/// neither list the code itself marked `u:`.
fn industry_path(code: &IndustryCode) -> String {
    let tokens: Vec<String> = match code {
        IndustryCode::Isic { .. } => code.isic_path(),
        IndustryCode::Naics(naics) => code
            .isic_section()
            .into_iter()
            .map(str::to_owned)
            .chain((2..=naics.len()).map(|len| format!("n:{}", &naics[..len])))
            .collect(),
        IndustryCode::Unclassified(raw) => vec![format!("u:{}", raw.to_uppercase())],
    };
    format!(" {} ", tokens.join(" "))
}

/// The words of the parts as search compares them, separated by one space each (the full-text
/// indexes of both backends are built from this column).
fn search_text(parts: &[Option<&str>]) -> String {
    parts
        .iter()
        .flatten()
        .flat_map(|part| mitra_domain::text::search_words(part))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words of PostgreSQL's search vocabulary that begin with a text query's longest word, at
/// most [`MOST_EXPANSIONS`] (a shorter prefix is left to the GIN index), and the cursor.
pub(crate) struct WordExpansions {
    pub words: Vec<String>,
    pub after: Option<uuid::Uuid>,
}

/// The most words a prefix is expanded to before the query is left to the GIN index.
pub(crate) const MOST_EXPANSIONS: usize = 32;

/// The word of a text query that drives it on PostgreSQL: the longest, as the rarest guess.
pub(crate) fn driving_word(text: &str) -> Option<String> {
    let words = mitra_domain::text::search_words(text);
    words.into_iter().rev().max_by_key(|word| word.chars().count())
}

/// The beginning of a list query of `table`, up to its first condition, and how its rows are
/// read: in `seq` order, and driven by an index that yields them in that order, so that a
/// page stops after its rows instead of sorting every match.
///
/// - A text query (every word must begin a word of the record, ignoring case and accents) is
///   driven on SQLite by the full-text index, keyed by `seq`; on PostgreSQL by the rows of
///   `organization_words` for the expansions of its longest word ([`WordExpansions`]), or,
///   when there are too many, it is a condition on the GIN index and the planner chooses. A
///   query without words matches nothing.
/// - Otherwise an industry token (organisations only) drives through `organization_industries`.
/// - Otherwise the table itself, in `seq` order.
///
/// What does not drive the query is checked on each row read.
/// What a list query returns: a page of records after a cursor, or how many records match,
/// counted up to a bound (a count over a million rows would cost more than the page).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Shape {
    Page { after: Option<uuid::Uuid>, limit: u32 },
    Count { most: u64 },
}

impl Shape {
    pub(crate) fn after(&self) -> Option<uuid::Uuid> {
        match self {
            Shape::Page { after, .. } => *after,
            Shape::Count { .. } => None,
        }
    }
}

/// What a list query of either shape found.
pub(crate) enum Matched<T> {
    Page(mitra_domain::Listed<T>),
    Count(u64),
}

pub(crate) struct ListQuery<DB: sqlx::Database> {
    pub sql: sqlx::QueryBuilder<DB>,
    table: &'static str,
    /// The column the page is ordered and cut by: `seq` or the driving index's copy of it.
    order: String,
}

impl<DB> ListQuery<DB>
where
    DB: sqlx::Database,
    for<'t> String: sqlx::Encode<'t, DB> + sqlx::Type<DB>,
    for<'t> i64: sqlx::Encode<'t, DB> + sqlx::Type<DB>,
{
    /// `country` is the list's country filter, if any (the caller still checks it on the row;
    /// the index that drives the query uses it too); `token` is an industry token every row
    /// must have;
    /// `expansions`, on PostgreSQL, the words that begin with a text query's longest word (see
    /// [`WordExpansions`]). The rest of the conditions follow with `AND`.
    pub(crate) fn new(
        table: &'static str,
        postgres: bool,
        text: Option<&str>,
        country: Option<String>,
        token: Option<String>,
        expansions: Option<WordExpansions>,
        shape: Shape,
    ) -> Self {
        let select = match shape {
            Shape::Page { .. } => format!("SELECT {} FROM ", crate::rows::RECORD_COLUMNS),
            // Closed by `push_shape` with the bound and the subquery's alias.
            Shape::Count { .. } => "SELECT COUNT(*) FROM (SELECT 1 FROM ".to_owned(),
        };
        let words = match text {
            Some(text) => match if postgres { tsquery(text) } else { fts5_query(text, country.as_deref()) } {
                Some(words) => Some(words),
                // A query without words matches nothing.
                None => return Self::plain(&select, table, "1 = 0"),
            },
            None => None,
        };
        let (mut words, mut token) = (words, token);
        let mut query = match (words.take(), expansions) {
            (Some(words), _) if !postgres => {
                let mut sql = sqlx::QueryBuilder::new(format!(
                    "{select}{table}_search CROSS JOIN {table} WHERE {table}.seq = {table}_search.rowid \
                     AND {table}_search MATCH "
                ));
                sql.push_bind(words);
                ListQuery { sql, table, order: format!("{table}_search.rowid") }
            }
            // No word of the vocabulary begins with the longest word: nothing can match.
            (Some(_), Some(expansions)) if expansions.words.is_empty() => {
                return Self::plain(&select, table, "1 = 0");
            }
            (Some(words), Some(expansions)) => {
                Self::driven_by_words(&select, table, words, expansions, country)
            }
            (unchecked, _) => {
                words = unchecked;
                match token.take() {
                    Some(token) => {
                        let mut sql = sqlx::QueryBuilder::new(format!(
                            "{select}organization_industries CROSS JOIN {table} WHERE seq = organization_seq \
                             AND token = "
                        ));
                        sql.push_bind(token);
                        // One country's firms of one industry, read from an index in list order.
                        if let Some(country) = country {
                            sql.push(" AND organization_country = ").push_bind(country);
                        }
                        ListQuery { sql, table, order: "organization_seq".to_owned() }
                    }
                    None => Self::plain(&select, table, "1 = 1"),
                }
            }
        };
        // What does not drive the query is checked on the row.
        if let Some(token) = token {
            query.push_token(token);
        }
        if let Some(words) = words {
            query.sql.push(" AND search_vector @@ CAST(").push_bind(words).push(" AS tsquery)");
        }
        query
    }

    /// The table itself in `seq` order, under `condition`.
    fn plain(select: &str, table: &'static str, condition: &str) -> Self {
        let sql = sqlx::QueryBuilder::new(format!("{select}{table} WHERE {condition}"));
        ListQuery { sql, table, order: "seq".to_owned() }
    }

    /// On PostgreSQL: the rows of `organization_words` for each expansion (within the country,
    /// when there is one), each read in `seq` order from after the cursor, merged in that order
    /// without repeats; every word of the query is then checked on the row through the GIN
    /// index's column.
    fn driven_by_words(
        select: &str,
        table: &'static str,
        words: String,
        expansions: WordExpansions,
        country: Option<String>,
    ) -> Self {
        let mut sql = sqlx::QueryBuilder::new(format!("{select}(SELECT DISTINCT organization_seq FROM ("));
        for (index, word) in expansions.words.into_iter().enumerate() {
            if index > 0 {
                sql.push(" UNION ALL ");
            }
            sql.push("(SELECT organization_seq FROM organization_words WHERE word = ").push_bind(word);
            if let Some(country) = &country {
                sql.push(" AND organization_country = ").push_bind(country.clone());
            }
            if let Some(after) = expansions.after {
                sql.push(format!(" AND organization_seq > (SELECT seq FROM {table} WHERE id = "))
                    .push_bind(after.to_string())
                    .push(")");
            }
            sql.push(" ORDER BY organization_seq)");
        }
        sql.push(format!(
            ") AS expansions) AS matched_words CROSS JOIN {table} WHERE seq = matched_words.organization_seq \
             AND search_vector @@ CAST("
        ))
        .push_bind(words)
        .push(" AS tsquery)");
        ListQuery { sql, table, order: "matched_words.organization_seq".to_owned() }
    }

    /// Adds the condition that a row has the industry token `token`, looked up row by row.
    pub(crate) fn push_token(&mut self, token: String) {
        self.sql
            .push(" AND EXISTS (SELECT 1 FROM organization_industries WHERE organization_seq = seq AND token = ")
            .push_bind(token)
            .push(")");
    }

    /// Ends the query as `shape` asks: with its page, or as the count of its rows up to a bound.
    pub(crate) fn push_shape(&mut self, shape: Shape) {
        match shape {
            Shape::Page { after, limit } => self.push_page(after, limit),
            Shape::Count { most } => {
                self.sql
                    .push(" LIMIT ")
                    .push_bind(i64::try_from(most).unwrap_or(i64::MAX))
                    .push(") AS counted");
            }
        }
    }

    /// Ends the query with its page: after the cursor (the previous page's last id), in the
    /// ordering key's order (which follows commit order), one row more than `limit` so that
    /// [`crate::rows::paged`] knows whether another page follows.
    pub(crate) fn push_page(&mut self, after: Option<uuid::Uuid>, limit: u32) {
        let (table, order) = (self.table, &self.order);
        if let Some(after) = after {
            self.sql
                .push(format!(" AND {order} > (SELECT seq FROM {table} WHERE id = "))
                .push_bind(after.to_string())
                .push(")");
        }
        self.sql.push(format!(" ORDER BY {order} LIMIT ")).push_bind(i64::from(limit) + 1);
    }
}

/// A text query as each backend's full-text index takes it: every word must begin a word of
/// the record. `None` when the query has no words at all (it then matches nothing).
/// Within one country when `country` is given, through the index's copy of the country.
fn fts5_query(query: &str, country: Option<&str>) -> Option<String> {
    let words = mitra_domain::text::search_words(query);
    (!words.is_empty()).then(|| {
        let words = words.iter().map(|w| format!("\"{w}\"*")).collect::<Vec<_>>().join(" ");
        match country {
            Some(country) => format!("search_text : ({words}) AND country : \"{}\"", country.to_lowercase()),
            None => format!("search_text : ({words})"),
        }
    })
}

/// As [`fts5_query`], for PostgreSQL's `tsquery`.
fn tsquery(query: &str) -> Option<String> {
    let words = mitra_domain::text::search_words(query);
    (!words.is_empty()).then(|| words.iter().map(|w| format!("'{w}':*")).collect::<Vec<_>>().join(" & "))
}

/// A region as the opportunity lists match it: lower case, with the list separator `|` replaced
/// so that a region name cannot split into two.
pub(crate) fn region_key(region: &str) -> String {
    region.trim().to_lowercase().replace('|', "\u{a6}")
}

/// A LIKE pattern that matches `needle` literally inside a text (with `\` as the escape).
pub(crate) fn contains_pattern(needle: &str) -> String {
    format!("%{}%", like_literal(needle))
}

/// A LIKE pattern that matches a text beginning with `prefix` literally.
pub(crate) fn prefix_pattern(prefix: &str) -> String {
    format!("{}%", like_literal(prefix))
}

/// `text` with LIKE's wildcards and its escape character escaped (with `\`).
fn like_literal(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_isic_class_is_indexed_under_every_ancestor() {
        assert_eq!(industry_path(&IndustryCode::parse("1073").unwrap()), " C 10 107 1073 ");
    }

    #[test]
    fn a_naics_code_is_indexed_under_every_prefix() {
        assert_eq!(
            industry_path(&IndustryCode::parse("311351").unwrap()),
            " C n:31 n:311 n:3113 n:31135 n:311351 "
        );
        assert_eq!(industry_path(&IndustryCode::parse("999990").unwrap()), " u:999990 ");
    }

    #[test]
    fn like_wildcards_in_a_query_are_taken_literally() {
        assert_eq!(contains_pattern("50%_off\\"), "%50\\%\\_off\\\\%");
    }
}
