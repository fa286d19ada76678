## The app's frame: name, language, quick exit, navigation, notices.
app-name = Refuge
app-tagline = Help with online blackmail and threats. Works without internet.
app-language-name = English
app-call-named = Call { $name }
ui-language-label = Language
ui-quick-exit = Quick exit
ui-quick-exit-hint = Closes Refuge at once. The Escape key does the same.
ui-back = Back
ui-home = Home
ui-sources-label = Source:
ui-step-label = Step
ui-loading = Loading…
ui-error-title = Something went wrong
ui-error-body = This part could not be shown. Your settings are safe. Go back and try again, or call a helpline.
ui-recovery-moved = Your saved settings could not be read, so Refuge started with its defaults. The old file was kept, not deleted.
ui-recovery-in-memory = Refuge cannot save settings on this device: your choices will last until you close it.
ui-network-needed = Needs internet for this one page.
ui-print = Print

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
home-record = My record
home-record-hint = A private, locked place to write down what happened. Text only, kept on this device.
sources-guides-heading = Where the advice comes from
sources-helplines-heading = Where each helpline was checked
home-settings = Settings
discreet-title = Notes
discreet-more = More
discreet-call = Call { $number }

## A door whose guides are still being written
prep-title = In preparation
prep-body = This part of Refuge is being written. Here is what is coming:
prep-meanwhile = In the meantime, if someone is making threats, call a helpline or the emergency number.
prep-young-item-threat = What to do right now if someone is threatening you
prep-young-item-tell = How to tell an adult you trust
prep-young-item-friend = How to help a friend
prep-staff-item-young = What to do when a young person contacts you
prep-staff-item-parent = What to do when a parent contacts you
prep-staff-item-flags = The red flags that mean "act now"

## Call for help, country, contact panel
home-call-for-help = Call for help
home-country-label = Country:
home-all-helplines = All helplines
home-choose-country = Choose your country, so Refuge calls the right helpline
home-country-placeholder = Choose…
home-country-confirm = OK
home-door-triage-parent = What to do now: how urgent is it?
home-door-triage-parent-hint = A few questions, then one clear level of urgency and the calls to make.
home-door-triage-staff = First-contact checklist
home-door-triage-staff-hint = The immediate-risk questions and red flags, with a summary you can read back or print.
ui-contact-no-dialer = If no call starts on this device, dial this number from a phone.
ui-contact-copy = Copy the number
ui-contact-copied = Copied
ui-contact-close = Close
ui-contact-error = This line cannot be reached from here. Call the emergency number if you are in danger.
ui-helplines-title = Helplines
ui-helplines-country = Country
ui-helplines-make-mine = Use this country from now on
ui-helplines-call = Call
ui-helplines-chat = Chat:
ui-related = More guides

## Search
search-title = Search
search-label = Search the guides
search-placeholder = Search: blackmail, pay, photos…
search-button = Search
search-no-results = Nothing found. Try another word, or call a helpline.
