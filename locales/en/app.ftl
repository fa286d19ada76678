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
