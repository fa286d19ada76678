## Helplines screen: groups, hours, costs, sources. Numbers and proper names come from
## locales/countries/*.toml; every word around them comes from here.

helplines-group-young = For young people
helplines-group-parents = For parents and carers
helplines-group-crisis = Suicide and emotional crisis
helplines-group-emergency = Emergency
helplines-call-log-note = A call can appear in the phone's call log, even when it is not on the bill. You can delete it from the call log afterwards.

## Open now
helplines-open-always = Open 24/7
helplines-open-now = Open now, until { $time }
helplines-opens-today = Closed now, opens at { $time }
helplines-opens-tomorrow = Closed now, opens tomorrow at { $time }
helplines-opens-on = Closed now, opens { $day } at { $time }
helplines-closed = Closed
helplines-hours-unknown = Opening hours not known

## Opening hours
helplines-hours-always = 24 hours a day, 7 days a week
helplines-hours-span = { $days } { $times }
helplines-hours-days-range = { $first }–{ $last }
helplines-hours-time-range = { $from }–{ $to }
helplines-time = { $hour }:{ $minute }
helplines-day-mon = Monday
helplines-day-tue = Tuesday
helplines-day-wed = Wednesday
helplines-day-thu = Thursday
helplines-day-fri = Friday
helplines-day-sat = Saturday
helplines-day-sun = Sunday
helplines-day-short-mon = Mon
helplines-day-short-tue = Tue
helplines-day-short-wed = Wed
helplines-day-short-thu = Thu
helplines-day-short-fri = Fri
helplines-day-short-sat = Sat
helplines-day-short-sun = Sun

## Cost, bill, text messages, source
helplines-free-yes = Free
helplines-free-no = Calls are charged
helplines-free-unknown = Cost not known
helplines-on-bill-yes = Shows on the phone bill
helplines-on-bill-no = Does not show on the phone bill
helplines-on-bill-unknown = May show on the phone bill
helplines-sms = Text { $number }
helplines-sms-keyword = Text { $keyword } to { $number }
helplines-contact-call = Call { $name } on { $number }
helplines-source = Source: { $source } (checked { $date })
helplines-caveat-unconfirmed = This number has not been confirmed by a second source yet, so the app does not call it. Check it before relying on it.

## Call for help button: why this line
helplines-reason-open-all-day = Open 24/7
helplines-reason-open-now = Open now, until { $time }
helplines-reason-designated-closed = { $designated } is closed now: calling { $name } instead
helplines-reason-designated-unknown = { $designated } may not answer now: calling { $name } instead, open now
helplines-reason-emergency = No helpline is known to be open now: calling the emergency number { $name }

## Notes under a country's list
helplines-note-zz = 112 reaches emergency services in every EU country and in many others; if it does not work where you are, use the local emergency number. 116 111 reaches a child helpline in many European countries. To find the child helpline of any other country, look it up in Child Helpline International's directory of member helplines (childhelplineinternational.org).

## Country names (country picker)
country-au = Australia
country-be = Belgium
country-ca = Canada
country-ch = Switzerland
country-fr = France
country-gb = United Kingdom
country-ie = Ireland
country-lu = Luxembourg
country-nz = New Zealand
country-us = United States
country-zz = Other country

## Descriptions, one per helpline (id: helpline-<id>-description)
helpline-fr-3018-description = National line against online violence and cyberbullying (association e-Enfance), for young people, parents and professionals. Also reachable through the 3018 app, Messenger and WhatsApp.
helpline-fr-119-description = Allô Enfance en Danger: for children and young people up to 21 and for worried adults. Chat at allo119.gouv.fr.
helpline-fr-3114-description = National suicide prevention line, for anyone in distress or worried about someone.
helpline-fr-112-description = Emergency number, from any phone.
helpline-fr-police-17-description = Police emergency.
helpline-fr-samu-15-description = Medical emergency (SAMU).
helpline-be-child-focus-description = For missing and sexually exploited children, including sextortion cases.
helpline-be-103-ecoute-enfants-description = Listening line for children and young people, in French. Chat at 103ecoute.be.
helpline-be-awel-description = Listening line for children and young people, in Dutch, by phone, chat, e-mail and forum.
helpline-be-prevention-suicide-description = Listening line for anyone with suicidal thoughts, anonymous.
helpline-be-zelfmoordlijn-description = Suicide prevention line, in Dutch.
helpline-be-112-description = Emergency number, from any phone.
helpline-be-police-101-description = Police.
helpline-ch-147-description = Advice for children and young people, by phone or text, and by WhatsApp chat through 147.ch. In German, French and Italian.
helpline-ch-112-description = Emergency number.
helpline-ch-police-117-description = Police.
helpline-lu-bee-secure-description = Helpline for problems on the internet, including sextortion.
helpline-lu-kanner-jugendtelefon-description = Listening line for children and young people. Chat at kjt.lu.
helpline-lu-elterentelefon-description = Line for parents.
helpline-lu-116000-description = For missing and exploited children: the National Office for Children during office hours, the police otherwise.
helpline-lu-112-description = Emergency number, from any phone.
helpline-lu-police-113-description = Police.
helpline-ca-cybertip-description = Canada's tipline for reporting the online sexual exploitation of children, with help to get images removed (NeedHelpNow.ca).
helpline-ca-kids-help-phone-description = Support for young people, in English and French, by phone, text and live chat.
helpline-ca-988-description = Suicide crisis helpline, by call or text, in English and French.
helpline-ca-911-description = Emergency number.
helpline-gb-childline-description = Support for anyone under 19, by phone, 1-2-1 chat and e-mail. Report Remove helps get nude images taken down.
helpline-gb-nspcc-helpline-description = For adults worried about a child. E-mail and online form at any time.
helpline-gb-samaritans-description = For anyone struggling to cope, at any hour.
helpline-gb-999-description = Emergency number.
helpline-gb-112-description = Emergency number, same service as 999.
helpline-gb-police-101-description = Police, when it is not an emergency.
helpline-ie-childline-description = Support for anyone aged 18 or under, by phone, text and chat.
helpline-ie-samaritans-description = For anyone struggling to cope, at any hour.
helpline-ie-112-description = Emergency number, from any phone.
helpline-ie-999-description = Emergency number, same service as 112.
helpline-us-ncmec-cybertipline-description = The national tipline for reporting the online sexual exploitation of children (1-800-THE-LOST), with help to get images removed. Reports also at report.cybertip.org.
helpline-us-988-description = Suicide and crisis lifeline, by call, text or chat, in English and Spanish, with interpreters.
helpline-us-fbi-tips-description = Report a crime to the FBI (1-800-CALL-FBI), or online at tips.fbi.gov.
helpline-us-911-description = Emergency number.
helpline-au-kids-helpline-description = Counselling for young people aged 5 to 25, by phone and web chat.
helpline-au-000-description = Emergency number.
helpline-nz-netsafe-description = Help with online harm, including intimate images shared without consent and pressure to do something sexual online.
helpline-nz-youthline-description = Support for young people, by phone or free text.
helpline-nz-111-description = Emergency number.
helpline-zz-112-description = Emergency number in every EU country and in many others.
helpline-zz-116111-description = Child helpline number in many European countries.
