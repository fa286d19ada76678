# The first minute's screens, off the guides (issue 24): the buttons that open them and what
# they say beyond the texts of guides-young.ftl (now-, tell-, calm-) and guides-parent.ftl (told-).

## Buttons that open them, from a guide's step (`{ kind = "screen", target = … }` in guides.toml)
## and from the safety check. Shared by every audience: the French stays neutral.

action-screen-tell-someone = Help me tell someone
action-screen-told = For the adult who has just been told
action-screen-calm = Breathe for 90 seconds

## In the call dialog, once a line has been called or texted: the wait for an answer or a call
## back (nhs-relaxed-breathing). Neutral: parents use the dialog too.

contact-calm = Breathe for 90 seconds while you wait

## "Help me tell someone", when the device opened no messages app (a desktop, a tablet).

tell-text-failed = Your device did not open a messages app. You can show the words full screen instead.

## The safety question, once answered "No": folded to that answer and this button, so the "Right
## now" card under it is whole on a phone's first screen.

ui-safety-change = Change my answer
