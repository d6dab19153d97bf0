//! Pure pieces of the v2 presigned upload: part layout, the
//! `file_parts_md5` rule and the check of the upload session the server
//! handed out. Kept apart from the I/O so each rule is unit-tested.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use md5::{Digest, Md5};
use url::Url;

use crate::error::{Error, Result};
use crate::v2::wire_upload::ImportUpload;

/// Bytes per part (5 MiB), as DoltHub's own clients use.
pub(crate) const PART_SIZE: u64 = 5 << 20;

/// Largest file a v2 import takes (1 GiB).
pub const MAX_V2_IMPORT_BYTES: u64 = 1 << 30;

/// Number of parts for a file of `length` bytes.
pub(crate) fn part_count(length: u64) -> u64 {
    length.div_ceil(PART_SIZE)
}

/// Offset and length of part `number` (from 1).
pub(crate) fn part_range(length: u64, number: u64) -> (u64, u64) {
    let offset = (number - 1) * PART_SIZE;
    (offset, PART_SIZE.min(length - offset))
}

/// Refuse sizes v2 cannot import, before anything is sent.
pub(crate) fn check_size(length: u64) -> Result<()> {
    if length == 0 {
        return Err(Error::invalid(
            "the file is empty; DoltHub cannot import an empty file",
        ));
    }
    if length > MAX_V2_IMPORT_BYTES {
        return Err(Error::invalid(format!(
            "the file has {length} bytes; API v2 imports at most {MAX_V2_IMPORT_BYTES} (1 GiB): \
             split it into smaller files imported one after another"
        )));
    }
    Ok(())
}

/// base64 (standard, padded) of the MD5 of `bytes`: one part's digest.
pub(crate) fn md5_of(bytes: &[u8]) -> String {
    STANDARD.encode(Md5::digest(bytes))
}

/// `file_parts_md5`: base64(MD5(concatenation of every part's base64 MD5, in
/// part order)), the rule DoltHub's web uploader and `dh` use.
pub(crate) fn file_parts_md5<S: AsRef<str>>(part_digests: &[S]) -> String {
    let mut all = Md5::new();
    for digest in part_digests {
        all.update(digest.as_ref().as_bytes());
    }
    STANDARD.encode(all.finalize())
}

/// Check the session before sending a byte to storage: credentials for the
/// import call, a PUT, parts 1..=n exactly as requested, and `https` URLs
/// (plain `http` only on loopback, for local servers and tests).
pub(crate) fn check_session(upload: &ImportUpload, parts: u64) -> Result<Vec<Url>> {
    let bad = |why: String| Error::Api {
        status: 201,
        message: format!("the upload session DoltHub returned is unusable: {why}"),
        body: String::new(),
        code: None,
        request_id: None,
    };
    if upload.token.trim().is_empty() || upload.contents_key.trim().is_empty() {
        return Err(bad("it has no upload token or contents key".into()));
    }
    if !upload.http_method.trim().eq_ignore_ascii_case("PUT") {
        return Err(bad(format!(
            "it asks for HTTP method `{}` where PUT is the only one known",
            upload.http_method
        )));
    }
    if upload.parts.len() as u64 != parts {
        return Err(bad(format!(
            "it has {} part URLs for the {parts} parts requested",
            upload.parts.len()
        )));
    }
    let mut urls: Vec<Option<Url>> = vec![None; upload.parts.len()];
    for part in &upload.parts {
        let slot = usize::try_from(part.part_number)
            .ok()
            .and_then(|n| n.checked_sub(1))
            .filter(|i| *i < urls.len())
            .ok_or_else(|| bad(format!("part number {} is out of range", part.part_number)))?;
        if urls[slot].is_some() {
            return Err(bad(format!(
                "part number {} appears twice",
                part.part_number
            )));
        }
        // The URL is a credential of its own: never quote it in an error.
        let url = Url::parse(part.url.trim())
            .map_err(|_| bad(format!("the URL of part {} is not a URL", part.part_number)))?;
        let loopback = match url.host() {
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
            None => false,
        };
        if url.scheme() != "https" && !(url.scheme() == "http" && loopback) {
            return Err(bad(format!(
                "the URL of part {} is not https",
                part.part_number
            )));
        }
        urls[slot] = Some(url);
    }
    Ok(urls.into_iter().flatten().collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::v2::wire_upload::ImportUploadPart;

    #[test]
    fn parts_of_five_mib_and_the_limits() {
        assert_eq!(part_count(1), 1);
        assert_eq!(part_count(PART_SIZE), 1);
        assert_eq!(part_count(PART_SIZE + 1), 2);
        assert_eq!(part_count(MAX_V2_IMPORT_BYTES), 205);
        assert_eq!(part_range(PART_SIZE + 7, 2), (PART_SIZE, 7));
        assert!(check_size(0).is_err());
        assert!(check_size(MAX_V2_IMPORT_BYTES).is_ok());
        assert!(matches!(
            check_size(MAX_V2_IMPORT_BYTES + 1),
            Err(Error::InvalidInput { .. })
        ));
    }

    #[test]
    fn md5_rule_matches_a_hand_computed_value() {
        // MD5("hello") = 5d41402abc4b2a76b9719d911017c592 -> base64 "XUFAKrxLKna5cZ2REBfFkg==".
        let one = md5_of(b"hello");
        assert_eq!(one, "XUFAKrxLKna5cZ2REBfFkg==");
        // The file digest hashes the base64 text, not the raw digests:
        // MD5("XUFAKrxLKna5cZ2REBfFkg==XUFAKrxLKna5cZ2REBfFkg==").
        let mut expect = Md5::new();
        expect.update(format!("{one}{one}").as_bytes());
        assert_eq!(
            file_parts_md5(&[one.clone(), one.clone()]),
            STANDARD.encode(expect.finalize())
        );
        assert_ne!(file_parts_md5(std::slice::from_ref(&one)), one);
    }

    fn session(urls: &[(i64, &str)]) -> ImportUpload {
        ImportUpload {
            token: "t".into(),
            contents_key: "k".into(),
            http_method: "PUT".into(),
            parts: urls
                .iter()
                .map(|(n, u)| ImportUploadPart {
                    part_number: *n,
                    url: (*u).into(),
                })
                .collect(),
            headers: Default::default(),
        }
    }

    #[test]
    fn sessions_are_checked_before_uploading() {
        let ok = session(&[
            (2, "https://s.example/b?sig=1"),
            (1, "https://s.example/a?sig=1"),
        ]);
        let urls = check_session(&ok, 2).unwrap();
        assert_eq!(urls[0].path(), "/a");
        assert!(check_session(&session(&[(1, "http://127.0.0.1:9/a")]), 1).is_ok());
        for (bad, n) in [
            (session(&[(1, "http://s.example/a?sig=SECRET")]), 1),
            (session(&[(1, "https://s.example/a")]), 2),
            (
                session(&[(1, "https://s.example/a"), (1, "https://s.example/b")]),
                2,
            ),
            (session(&[(0, "https://s.example/a")]), 1),
        ] {
            let err = check_session(&bad, n).unwrap_err();
            assert!(!err.to_string().contains("SECRET"), "{err}");
        }
        let mut post = ok.clone();
        post.http_method = "POST".into();
        assert!(check_session(&post, 2).is_err());
        let mut no_token = ok;
        no_token.token = String::new();
        assert!(check_session(&no_token, 2).is_err());
    }
}
