# Button labels. Shared by every audience, so French wording stays neutral (infinitives).

## Calls and texts: the country's line for that purpose (chosen by Rust, never by the UI)

action-call-help = Call for help
action-call-sextortion = Call the sextortion helpline
action-call-child-protection = Call child protection
action-call-crisis = Call a crisis line
action-call-reporting = Call the reporting line
action-call-parents = Call the parents' helpline
action-call-emergency = Call the emergency number
action-text-help = Text for help
action-text-sextortion = Text the sextortion helpline
action-text-child-protection = Text child protection
action-text-crisis = Text a crisis line
action-text-reporting = Text the reporting line
action-text-parents = Text the parents' helpline
action-text-emergency = Text the emergency number

## Web pages: the only actions that need a network

action-link-facebook-report = Facebook: report form (web)
action-link-instagram-report = Instagram: report form (web)
action-link-tiktok-report = TikTok: report a problem (web, English)
action-link-tiktok-report-fr = TikTok: report a problem (web, French)
action-link-snapchat-report = Snapchat: report a safety concern (web)
action-link-take-it-down = Open Take It Down (web)
action-link-stopncii = Open StopNCII.org (web, 18 and over)
action-link-report-remove = Open Report Remove (web)
action-link-needhelpnow = Open NeedHelpNow.ca (web, English)
action-link-aidezmoisvp = Open AidezMoiSVP.ca (web, French)
action-link-e-enfance-3018 = Open the 3018 website (web)
action-link-child-focus = Open Child Focus (web)
action-link-pharos = Report on Pharos (web)
action-link-police-minors-fr = French police chat for under-18s (web)

## Other screens of the app

action-screen-triage = Check how urgent it is
action-screen-helplines = See all helplines
action-screen-ten-minute-check = Check a friend request
action-screen-sources = See the sources
action-screen-record = Write it down in My record
action-screen-platforms = Where is it happening? Choose the app
action-screen-payments = I already paid: what to do for each way of paying
