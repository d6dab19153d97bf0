//! The API token.
//!
//! v1alpha1 expects `authorization: token <TOKEN>`, v2 `Authorization: Bearer
//! <TOKEN>`. The token is held in a [`secrecy::SecretString`], normalised once
//! (a `token ` or `Bearer ` prefix the user included is removed, since docs
//! show both bare and prefixed tokens), and turned into both header values,
//! each marked *sensitive* so HTTP-level debug output hides it too. `Debug`
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
    /// `Bearer <TOKEN>`, marked sensitive.
    bearer: HeaderValue,
}

impl Token {
    /// Normalise a configured token; blank input means "no token".
    pub(crate) fn new(value: &SecretString) -> Result<Option<Self>> {
        let trimmed = value.expose_secret().trim();
        // `token <T>` or `Bearer <T>` (any case, any spacing) or a bare `<T>`.
        let is_prefix =
            |word: &str| word.eq_ignore_ascii_case("token") || word.eq_ignore_ascii_case("bearer");
        let raw = match trimmed.split_once(char::is_whitespace) {
            Some((word, rest)) if is_prefix(word) => rest.trim_start(),
            None if is_prefix(trimmed) => "",
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
        let mut bearer = HeaderValue::from_str(&format!("Bearer {raw}")).map_err(|_| {
            Error::invalid("the API token contains characters that cannot be sent in a header")
        })?;
        bearer.set_sensitive(true);
        Ok(Some(Self {
            raw: SecretString::from(raw.to_owned()),
            header,
            bearer,
        }))
    }

    /// The header value `token <TOKEN>`.
    pub(crate) fn header(&self) -> &HeaderValue {
        &self.header
    }

    /// The header value `Bearer <TOKEN>` (API v2).
    pub(crate) fn bearer(&self) -> &HeaderValue {
        &self.bearer
    }

    /// The API version the token's form suggests: `dh_` personal tokens are
    /// v2's, `dhat.` tokens v1alpha1's; anything else (OAuth tokens, the
    /// sandbox's) suggests nothing.
    pub(crate) fn suggested_version(&self) -> Option<crate::ApiVersion> {
        let raw = self.raw.expose_secret();
        if raw.starts_with("dh_") {
            Some(crate::ApiVersion::V2)
        } else if raw.starts_with("dhat.") {
            Some(crate::ApiVersion::V1alpha1)
        } else {
            None
        }
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
        let v2 = token("Bearer dh_abc").unwrap();
        assert_eq!(v2.bearer(), "Bearer dh_abc");
        assert_eq!(v2.header(), "token dh_abc");
        assert!(v2.bearer().is_sensitive());
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
