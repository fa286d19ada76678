## The app's frame: name, language, quick exit, navigation, notices.
app-name = Refuge
app-tagline = Help with online blackmail and threats. Works without internet.
app-language-name = English
ui-language-label = Language
ui-quick-exit = Quick exit
ui-quick-exit-hint = Closes Refuge at once. The Escape key does the same.
ui-back = Back
ui-home = Home
ui-sources-label = Source:
ui-loading = Loading…
ui-recovery-moved-aside = Your saved settings were damaged, so Refuge started with its defaults. The old file was kept aside, not deleted.
ui-recovery-in-memory = Refuge cannot save settings on this device: your choices will last until you close it.
ui-recovery-newer-version = Your settings were saved by a newer version of Refuge. They were left untouched; this version uses its defaults until you close it.
ui-recovery-busy = Refuge's settings are in use by another window. This window uses its defaults until you close it.
ui-recovery-unavailable = Refuge cannot read its settings on this device right now. They were left untouched; this window uses its defaults.
route-reason-no-country = No country chosen yet: 112 is the emergency number in Europe and in many other countries; elsewhere, call your local emergency number.
ui-retry = Try again
ui-choose-country-first = Choose your country first, so this button calls the right line.
ui-country-search-placeholder = Type a country's name
# How many countries the picker found, for screen readers.
ui-country-results = { $count ->
    [one] { $count } country
   *[other] { $count } countries
}
ui-country-none = No country by that name. Choose "Other country" to see the lines that work anywhere.
ui-unconfirmed = (one source only)
ui-contact-no-browser = If no page opens, this device may have no internet connection.
ui-contact-silent = Can't talk now? Reach them without speaking:
ui-helplines-other-country = Show another country
ui-discreet-title = Discreet mode
ui-discreet-body = Someone who picks up this device sees only "Notes": no word about what Refuge is for on the first screen or in the window's title. Calling for help and Quick exit still take one tap.
ui-discreet-toggle = Use discreet mode
ui-print = Print
# Between two facts on one line (a source's publisher and date, a line's cost and languages).
ui-separator = {" · "}

## Home screen
home-doors-heading = Who needs help?
home-door-young-title = I'm a young person and someone is threatening me
home-door-young-hint = What to do right now, step by step.
home-door-parent-title = I'm a parent
home-door-parent-hint = How to talk with your child, warning signs, getting images removed.
home-door-staff-title = I work with young people
home-door-staff-hint = School staff and helpline volunteers: what to do when someone reaches out.
home-prevention-heading = Before anything happens
home-ten-minute = The ten-minute rule
home-sources = Sources
home-words = Understand the words
home-door-triage-parent = What to do now: how urgent is it?
home-door-triage-parent-hint = A few questions, then one clear level of urgency and the calls to make.
home-door-triage-staff = First-contact checklist
home-door-triage-staff-hint = The immediate-risk questions and red flags, with a summary you can read back or print.
home-record = My record
home-record-hint = A private, locked place to write down what happened. Text only, kept on this device.
sources-guides-heading = Where the advice comes from
sources-helplines-heading = Where each helpline was checked
home-settings = Settings
discreet-title = Notes
discreet-more = More
discreet-call = Call { $number }

## Call for help, country, contact panel
home-country-label = Country:
home-all-helplines = All helplines
home-choose-country = Choose your country, so Refuge calls the right helpline
ui-contact-no-dialer = If no call starts on this device, dial this number from a phone.
ui-contact-copy = Copy the number
ui-contact-copied = Copied
ui-contact-close = Close
ui-helplines-title = Helplines
ui-helplines-country = Country
ui-helplines-make-mine = Use this country from now on
ui-related = More guides

## Search
search-title = Search
search-label = Search the guides
search-placeholder = Search: blackmail, pay, photos…
search-button = Search
search-no-results = Nothing found. Try another word, or call a helpline.

## Errors, by code: what the person reads when something fails (never the raw message)
error-invalid-locale = That language is not available. Refuge stays in the language it is in.
error-unknown-locale = That language is not available. Refuge stays in the language it is in.
error-unknown-guide = This guide could not be found. Go back and choose another.
error-unknown-country = That country is not in Refuge. Choose another, or "Other country".
error-unknown-helpline = This line could not be found. Use another line on the Helplines screen.
error-link-not-allowed = Refuge does not open this page.
error-no-such-channel = This line cannot be reached that way. Try its other buttons.
error-input-too-long = That is too long. Shorten it and try again.
error-invalid-input = Refuge could not use what was entered. Check it and try again.
error-invalid-argument = Something went wrong inside Refuge. Nothing was saved or lost. Try again.
error-missing-message = A text is missing here. The rest of Refuge still works.
error-content = This part could not be shown. The rest of Refuge still works.
error-storage = Refuge could not read or save its settings. Your choices last until you close it.
error-storage-busy = Refuge's data is busy in another window. Close the other Refuge window and try again.
error-storage-newer-version = This data was saved by a newer version of Refuge. It was left untouched.
error-storage-corrupt = The saved data is damaged. It was kept aside, not deleted.
error-storage-key-file = My record's key file is missing or damaged. Nothing was deleted or moved.
error-record-not-created = My record is not set up yet.
error-record-exists = My record is already set up.
error-record-locked = My record is locked. Unlock it to go on.
error-invalid-secret = That PIN or passphrase does not have the right form.
error-weak-secret = That PIN is too easy to guess. Choose another.
error-wrong-secret = That is not the right PIN or passphrase.
error-locked-out = Too many tries. Wait a little before trying again.
error-unknown-entry = This entry no longer exists.
error-record-corrupt = One entry could not be read. The others are safe.
error-invalid-date = That date could not be read. Check it and try again.
error-erase-incomplete = Some files could not be erased. Try again.
error-crypto = My record cannot be protected on this device right now. Nothing was saved.
error-search = Search is not available right now. The guides are still there.
error-unavailable = Refuge could not start this part. In danger, call the emergency number.
error-clipboard = Refuge could not copy the text: the clipboard refused it. The text is still on screen: select it and copy it by hand, or save it.
error-ipc = Something went wrong inside Refuge. Try again, or call a helpline.
