//! The API token.
//!
//! DoltHub expects `authorization: token <TOKEN>`. The token is held in a
//! [`secrecy::SecretString`], normalised once (the `token ` prefix is added
//! when missing, since older docs show bare tokens), and turned into a header
//! value marked *sensitive* so HTTP-level debug output hides it too. `Debug`
//! prints `[redacted]`; no `Display` exists.

use std::fmt;

use reqwest::header::HeaderValue;
use secrecy::{ExposeSecret, SecretString};

use crate::error::{Error, Result};

/// A normalised API token, ready to be sent.
#[derive(Clone)]
pub(crate) struct Token {
    /// The token itself (without the prefix), for scrubbing server text.
    raw: SecretString,
    /// `token <TOKEN>`, marked sensitive.
    header: HeaderValue,
}

impl Token {
    /// Normalise a configured token; blank input means "no token".
    pub(crate) fn new(value: &SecretString) -> Result<Option<Self>> {
        let trimmed = value.expose_secret().trim();
        // `token <T>` (any case, any spacing) or a bare `<T>`.
        let raw = match trimmed.split_once(char::is_whitespace) {
            Some((word, rest)) if word.eq_ignore_ascii_case("token") => rest.trim_start(),
            None if trimmed.eq_ignore_ascii_case("token") => "",
            _ => trimmed,
        };
        if raw.is_empty() {
            return Ok(None);
        }
        // The error deliberately does not echo the value.
        let mut header = HeaderValue::from_str(&format!("token {raw}")).map_err(|_| {
            Error::invalid("the API token contains characters that cannot be sent in a header")
        })?;
        header.set_sensitive(true);
        Ok(Some(Self {
            raw: SecretString::from(raw.to_owned()),
            header,
        }))
    }

    /// The header value `token <TOKEN>`.
    pub(crate) fn header(&self) -> &HeaderValue {
        &self.header
    }

    /// The bare token, only for removing it from server-supplied text.
    pub(crate) fn expose_for_scrubbing(&self) -> &str {
        self.raw.expose_secret()
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(s: &str) -> Option<Token> {
        Token::new(&SecretString::from(s.to_owned())).unwrap()
    }

    #[test]
    fn prefix_is_added_once() {
        assert_eq!(token("dhat.abc").unwrap().header(), "token dhat.abc");
        assert_eq!(token("token dhat.abc").unwrap().header(), "token dhat.abc");
        assert_eq!(
            token("Token  dhat.abc ").unwrap().header(),
            "token dhat.abc"
        );
        assert_eq!(
            token("dhat.abc").unwrap().expose_for_scrubbing(),
            "dhat.abc"
        );
    }

    #[test]
    fn blank_means_anonymous() {
        assert!(token("").is_none());
        assert!(token("   ").is_none());
        assert!(token("token ").is_none());
    }

    #[test]
    fn debug_is_redacted_and_header_sensitive() {
        let t = token("dhat.secret").unwrap();
        assert_eq!(format!("{t:?}"), "[redacted]");
        assert!(t.header().is_sensitive());
        assert!(!format!("{:?}", t.header()).contains("secret"));
    }

    #[test]
    fn invalid_header_characters_are_refused_without_echo() {
        let err = Token::new(&SecretString::from("dhat.\nsecret".to_owned())).unwrap_err();
        assert!(!err.to_string().contains("secret"));
    }
}
