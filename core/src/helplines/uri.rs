//! `sms:` URIs, built per operating system. iOS reads the body after `&` (`sms:741741&body=HOME`);
//! Android and the desktops read it after `?` (`sms:741741?body=HOME`), as RFC 5724 writes it.
//! Each build uses its own form ([`Os::CURRENT`], chosen by `target_os`), and every form
//! is built by one function that takes the system, so the tests exercise all on any host.
//!
//! The body is percent-encoded (everything but RFC 3986's unreserved characters), so a body
//! can never add a parameter or end the URI. A URI may have a body and no number: the
//! messages app then opens with the text written and asks whom to send it to.

use crate::os::Os;

/// An `sms:` URI for `os`: to `number` (digits or E.164, from the data) when there is
/// one, with `body` written in the message when there is one.
pub fn sms_uri(os: Os, number: Option<&str>, body: Option<&str>) -> String {
    let mut uri = String::from("sms:");
    uri.push_str(number.unwrap_or_default());
    if let Some(body) = body {
        uri.push(match os {
            Os::Ios => '&',
            Os::Android | Os::Desktop => '?',
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
            sms_uri(Os::Ios, Some("741741"), Some("HOME")),
            "sms:741741&body=HOME"
        );
        for p in [Os::Android, Os::Desktop] {
            assert_eq!(
                sms_uri(p, Some("741741"), Some("HOME")),
                "sms:741741?body=HOME"
            );
        }
    }

    #[test]
    fn without_a_body_both_forms_are_the_number_alone() {
        for p in [Os::Ios, Os::Android, Os::Desktop] {
            assert_eq!(sms_uri(p, Some("+448001111"), None), "sms:+448001111");
        }
    }

    #[test]
    fn a_body_with_no_number_opens_the_messages_app_with_the_text_written() {
        assert_eq!(
            sms_uri(Os::Ios, None, Some("I need help")),
            "sms:&body=I%20need%20help"
        );
        assert_eq!(
            sms_uri(Os::Android, None, Some("I need help")),
            "sms:?body=I%20need%20help"
        );
    }

    #[test]
    fn a_body_can_never_add_a_parameter_or_end_the_uri() {
        let uri = sms_uri(Os::Android, Some("114"), Some("a&body=b?c#d é\n’"));
        assert_eq!(
            uri, "sms:114?body=a%26body%3Db%3Fc%23d%20%C3%A9%0A%E2%80%99",
            "every reserved character is escaped"
        );
        assert_eq!(uri.matches("body=").count(), 1);
    }
}
