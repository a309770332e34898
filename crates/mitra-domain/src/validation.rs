//! A problem with one field of an input, in words a person can act on, and the mark of a value
//! that passed the domain's checks.

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

/// A value that the domain has checked as a whole, such as an organisation whose profile
/// matches its kind. Only the domain's `check` functions make one, so a store that takes a
/// `Checked` value cannot be handed an unchecked draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked<T>(T);

impl<T> Checked<T> {
    pub(crate) fn new(value: T) -> Self {
        Self(value)
    }

    pub fn get(&self) -> &T {
        &self.0
    }

    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for Checked<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}
