# "Make a report text" (core/src/journal/report_text.rs): the words of the text itself, read by a
# platform's moderator, the police, a school or a helpline, written in the first person by the
# person who keeps the record. Each message may receive $audience, who keeps the record
# ("young", "parent" or "staff").

report-text-made = Written with the Refuge app on { $when }.
report-text-platform-title = Report: sextortion (threats to share intimate pictures, and a demand)
report-text-police-title = What happened, in time order, from my record
report-text-school-title = What happened, in time order, for the school
report-text-helpline-title = What is happening to me, for a helpline
report-text-field-platform = Platform:
report-text-field-account = Account:
report-text-field-demanded = What they asked for:
report-text-field-threats = Threat:
report-text-field-notes = Notes:
report-text-dates = Dates: from { $first } to { $last } ({ $count ->
    [one] one entry
   *[other] { $count } entries
    }).
report-text-under-18 = I am under 18.
report-text-platform-ask = Please remove this account and its messages, and keep what you hold about it for the police.
report-text-entries = Entries:
report-text-entry = { $n }. { $when }
report-text-section-payments = Payments and their references:
report-text-section-told = Who has been told:
report-text-section-report-refs = Report and case numbers:
report-text-need-now = What I need now:
report-text-notice-cut = Some fields were very long: the text keeps their beginning and marks the cut with […]. Your record is unchanged.
report-text-notice-cleaned = Some invisible or control characters could not be put in the text: they are shown as �. Your record is unchanged.
