//! `sms:` URIs, built per platform. iOS reads the body after `&` (`sms:741741&body=HOME`);
//! Android and the desktops read it after `?` (`sms:741741?body=HOME`), as RFC 5724 writes it.
//! Each build uses its own form ([`Platform::CURRENT`], chosen by `target_os`), and both forms
//! are built by one function that takes the platform, so the tests exercise both on any host.
//!
//! The body is percent-encoded (everything but RFC 3986's unreserved characters), so a body
//! can never add a parameter or end the URI. A URI may have a body and no number: the
//! messages app then opens with the text written and asks whom to send it to.

/// Which form of `sms:` URI the phone's messages app reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    /// iPhone and iPad: `sms:NUMBER&body=TEXT`.
    Ios,
    /// Android and the desktops: `sms:NUMBER?body=TEXT`.
    Other,
}

impl Platform {
    /// The platform this build runs on.
    pub const CURRENT: Platform = if cfg!(target_os = "ios") {
        Platform::Ios
    } else {
        Platform::Other
    };
}

/// An `sms:` URI for `platform`: to `number` (digits or E.164, from the data) when there is
/// one, with `body` written in the message when there is one.
pub fn sms_uri(platform: Platform, number: Option<&str>, body: Option<&str>) -> String {
    let mut uri = String::from("sms:");
    uri.push_str(number.unwrap_or_default());
    if let Some(body) = body {
        uri.push(match platform {
            Platform::Ios => '&',
            Platform::Other => '?',
        });
        uri.push_str("body=");
        uri.extend(percent_encoding::utf8_percent_encode(body, BODY_ESCAPES).flat_map(str::chars));
    }
    uri
}

/// Everything but RFC 3986's unreserved characters (`A–Z a–z 0–9 - . _ ~`).
const BODY_ESCAPES: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ios_puts_the_body_after_an_ampersand_and_the_others_after_a_question_mark() {
        assert_eq!(
            sms_uri(Platform::Ios, Some("741741"), Some("HOME")),
            "sms:741741&body=HOME"
        );
        assert_eq!(
            sms_uri(Platform::Other, Some("741741"), Some("HOME")),
            "sms:741741?body=HOME"
        );
    }

    #[test]
    fn without_a_body_both_forms_are_the_number_alone() {
        for p in [Platform::Ios, Platform::Other] {
            assert_eq!(sms_uri(p, Some("+448001111"), None), "sms:+448001111");
        }
    }

    #[test]
    fn a_body_with_no_number_opens_the_messages_app_with_the_text_written() {
        assert_eq!(
            sms_uri(Platform::Ios, None, Some("I need help")),
            "sms:&body=I%20need%20help"
        );
        assert_eq!(
            sms_uri(Platform::Other, None, Some("I need help")),
            "sms:?body=I%20need%20help"
        );
    }

    #[test]
    fn a_body_can_never_add_a_parameter_or_end_the_uri() {
        let uri = sms_uri(Platform::Other, Some("114"), Some("a&body=b?c#d é\n’"));
        assert_eq!(
            uri, "sms:114?body=a%26body%3Db%3Fc%23d%20%C3%A9%0A%E2%80%99",
            "every reserved character is escaped"
        );
        assert_eq!(uri.matches("body=").count(), 1);
    }

    #[test]
    fn this_build_uses_its_own_platform_s_form() {
        let want = if cfg!(target_os = "ios") {
            Platform::Ios
        } else {
            Platform::Other
        };
        assert_eq!(Platform::CURRENT, want);
    }
}
