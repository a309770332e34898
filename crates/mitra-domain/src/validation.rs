//! A problem with one field of an input, in words a person can act on.

/// One offending field and why it was refused. `field` is a dotted path with list indices,
/// such as `msme.needs[2].channel`; `problem` completes a sentence that starts with the field.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Invalid {
    pub field: String,
    pub problem: String,
}

impl Invalid {
    pub fn new(field: impl Into<String>, problem: impl Into<String>) -> Self {
        Self { field: field.into(), problem: problem.into() }
    }
}
