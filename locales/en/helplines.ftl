## Helplines screen: groups, hours, costs, sources. Numbers and proper names come from
## locales/countries/*.toml; every word around them comes from here.

helplines-group-young = For young people
helplines-group-parents = For parents and carers
helplines-group-crisis = Suicide and emotional crisis
helplines-group-report = To report
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
# Between two spans of opening hours ("Mon–Fri 9:00–17:00; Sat 10:00–12:00").
helplines-hours-span-separator = { "; " }
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

## Cost, bill, logs, ways to reach a line, sources
helplines-free-yes = Free
helplines-free-no = Calls are charged
helplines-free-unknown = Cost not known
helplines-on-bill-yes = Shows on the phone bill
helplines-on-bill-no = Does not show on the phone bill
helplines-on-bill-unknown = May show on the phone bill
helplines-call-log = Shows in the phone's call log
helplines-sms-log = The text stays in your messages until you delete it
helplines-web-trace = Needs the internet; the page may stay in the browser's history
helplines-call = Call { $number }
helplines-sms = Text { $number }
helplines-sms-keyword = Text { $keyword } to { $number }
helplines-sms-hours = { $sms } ({ $hours })
helplines-web-chat = Chat online
helplines-web-report = Report online
helplines-web-info = Open the website
helplines-web-needs-network = { $action } (needs the internet)
helplines-contact-call = Call { $name } on { $number }
helplines-languages = Answers in: { $languages }
helplines-source-label = Sources:
helplines-designated = Designated line for sextortion: { $country }
helplines-caveat-unconfirmed = Only one source was found for this line, so Refuge never calls it by itself. Check it before relying on it.

## Call buttons: what a button dials, said before it is tapped
route-reason-open-all-day = Open 24/7
route-reason-open-now = Open now, until { $time }
route-reason-emergency = { $service ->
    [general] Police, ambulance, fire: 24/7
    [police] Police: 24/7
    [gendarmerie] Gendarmerie: 24/7
    [police-gendarmerie] Police and gendarmerie: 24/7
    [medical] Medical emergencies only: 24/7
    [fire] Fire and rescue: 24/7
    [fire-medical] Fire, rescue and ambulance: 24/7
   *[other] Emergency services: 24/7
}
# The title of a button that dials an emergency service: the service it reaches.
route-title-service = { $service ->
    [police] Call the police
    [gendarmerie] Call the gendarmerie
    [police-gendarmerie] Call the police or gendarmerie
    [medical] Call medical emergencies
    [fire] Call the fire brigade
    [fire-medical] Call fire and rescue
   *[general] Call the emergency number
}
# Who a fallback button calls, inside the sentences below ("…: this button calls { $callee }.").
route-callee = { $service ->
    [police] the police, { $number }
    [gendarmerie] the gendarmerie, { $number }
    [police-gendarmerie] the police or gendarmerie, { $number }
    [medical] medical emergencies, { $number }
    [fire] the fire brigade, { $number }
    [fire-medical] fire and rescue, { $number }
   *[general] the emergency number { $number }
}
route-fallback-no-police = No police number is confirmed here.
# A second button under a call button.
route-also-child-line = Also: the child helpline, hours not known
route-also-child-line-reason = Its opening hours are not known: it may not answer.
route-also-backup = If { $number } does not answer
route-reason-instead-closed = { $designated } is closed now (opens at { $time }): calling { $name } instead
route-reason-instead-closed-for-now = { $designated } is closed now: calling { $name } instead
route-reason-instead-unknown = { $designated } may not answer now: calling { $name } instead
route-reason-instead-unconfirmed = Only one source confirms { $designated }'s number, so Refuge calls { $name } instead
route-reason-instead-web-only = { $designated } is reached online only: calling { $name } instead
route-reason-instead-not-for-you = { $designated } is for { $for ->
    [young] young people
   *[adults] adults
}: calling { $name } instead
route-fallback-no-line = { $need ->
    [crisis] No confirmed crisis line here can be called now
    [child-protection] No confirmed child-protection line here can be called now
    [parents] No confirmed line for parents here can be called now
    [reporting] No confirmed reporting line here can be called now
    [sextortion] No confirmed sextortion line here can be called now
   *[other] No confirmed helpline here can be called now
}: this button calls { $callee }.
route-fallback-not-for-you = The lines here for this are meant for someone else: this button calls { $callee }.
route-fallback-not-in-language = No line for this is confirmed in your language: this button calls { $callee }, which can find an interpreter.
route-fallback-none-open = { $need ->
    [crisis] No crisis line is open now
    [child-protection] No child-protection line is open now
    [parents] No line for parents is open now
    [reporting] No reporting line is open now
    [sextortion] No sextortion line is open now
   *[other] No helpline is known to be open now
}: this button calls { $callee }.

## The call dialog
contact-chat-with = Chat with { $name } (needs the internet)
contact-web-opening = Opening { $name } in the browser. It needs the internet.


## Notes under a country's list
helplines-note-zz = 112 reaches emergency services in every EU country and in many others; if it does not work where you are, use your local emergency number. 116 111 reaches a child helpline in many European countries, with hours that vary. To find the helpline of any other country, use the web pages below: they need the internet.

## "Other country" (every other country name comes from CLDR, in names.ftl)
country-zz = Other country

## Descriptions, one per helpline (id: helpline-<id>-description)

## FR
helpline-fr-3018-description = National helpline against online violence run by the e-Enfance association, for young people and parents: advice, help with sextortion and fast removal of accounts or content by the platforms. Open every day 9:00–23:00, also through its app and live chat.
helpline-fr-119-description = Allô Enfance en Danger, the national child-protection line, for children and young people up to 21 and for adults worried about a child; free, day and night, and not shown on phone bills.
helpline-fr-3114-description = National suicide prevention line, answered by health professionals at any hour, for anyone in distress or worried about someone.
helpline-fr-114-description = Emergency service reached by text message (or video, chat or its app), not by a voice call: for deaf or hard-of-hearing people and for anyone who cannot speak safely. Text 114 at any hour.
helpline-fr-112-description = European emergency number, free from any phone, day and night.
helpline-fr-police-17-description = Police and gendarmerie emergency number.
helpline-fr-samu-15-description = Medical emergency number (SAMU).
helpline-fr-pharos-description = Government website for reporting illegal content or behaviour online, including an anonymous stalker on a messaging app or a sexual proposal to a minor; not for a private dispute with someone you know.
helpline-fr-police-chat-mineurs-description = Secure chat with police officers and gendarmes for anyone under 18 who is a victim or witness of violence, cyberbullying or sextortion, open day and night on the Ma Sécurité website.

## BE
helpline-be-child-focus-description = Foundation for missing and sexually exploited children; helps young people and parents with sextortion and with getting images removed. Free, day and night.
helpline-be-103-ecoute-enfants-description = Listening line for children and teenagers, in French, free and anonymous; there is also a chat on 103ecoute.be.
helpline-be-awel-description = Listening line for children and young people, in Dutch, free and anonymous, by phone, chat, email and forum.
helpline-be-prevention-suicide-description = Crisis line of the Centre de Prévention du Suicide, in French, anonymous and free, day and night.
helpline-be-zelfmoordlijn-description = Suicide prevention line in Dutch, free, by phone at any hour; chat every evening from 17:00 to midnight.
helpline-be-112-description = European emergency number for fire, ambulance and police, free from any phone.
helpline-be-police-101-description = Police emergency number: dial it directly when the police are needed urgently.

## CH
helpline-ch-147-description = Pro Juventute's advice line for children and young people, free and open day and night by phone; also by text message and chat.
helpline-ch-143-main-tendue-description = La Main Tendue: anonymous listening line for adults in distress, day and night.
helpline-ch-112-description = Emergency number; in Switzerland it reaches the cantonal police control centre.
helpline-ch-police-117-description = Police emergency number.
helpline-ch-ambulance-144-description = Ambulance and medical emergency number.

## LU
helpline-lu-bee-secure-description = National helpline for problems on the internet, including sextortion; free and anonymous.
helpline-lu-kanner-jugendtelefon-description = Kanner-Jugendtelefon: listening line for children and young people, by phone and online.
helpline-lu-elterentelefon-description = KJT's line for parents, free and anonymous; in English on Monday evenings.
helpline-lu-116000-description = Line for missing children and their families: the National Office for Children in office hours, the police at other times.
helpline-lu-112-description = European emergency number, free from any phone.
helpline-lu-police-113-description = Police emergency number, free, day and night.

## CA
helpline-ca-cybertip-description = Canada's tipline for reporting the online sexual exploitation of children, including sextortion, run by the Canadian Centre for Child Protection; report by phone or online, anonymously if you wish.
helpline-ca-kids-help-phone-description = Support for young people in English and French, free and open day and night, by phone, by text (CONNECT to 686868) or by chat.
helpline-ca-988-description = Suicide crisis helpline, free, by call or text, in English and French, at any hour.
helpline-ca-911-description = Emergency number for police, fire and ambulance.

## GB
helpline-gb-childline-description = Free, confidential support for anyone under 19, day and night; the number does not show on the phone bill. Its Report Remove tool, run with the IWF, helps under-18s get nude images of themselves taken down.
helpline-gb-nspcc-helpline-description = For adults worried about a child, and for professionals; by phone at set hours, by email or online form at any time.
helpline-gb-samaritans-description = For anyone struggling to cope, free at any hour; the number does not show on the phone bill.
helpline-gb-shout-description = Free text support for anyone in distress, at any hour: text SHOUT to 85258.
helpline-gb-ceop-description = The National Crime Agency's online form for reporting sexual abuse, grooming or blackmail of a child online; a child protection adviser reads every report.
helpline-gb-999-description = Emergency number for police, ambulance, fire and coastguard, free from any phone.
helpline-gb-112-description = European emergency number; in the UK it reaches the same services as 999.
helpline-gb-police-101-description = Police non-emergency number, free since April 2020, for reporting a crime when nobody is in immediate danger.

## IE
helpline-ie-childline-description = ISPCC Childline: free, confidential support for anyone up to 18, by phone day and night, and by text to 50101.
helpline-ie-samaritans-description = For anyone struggling to cope, free at any hour.
helpline-ie-hotline-description = National service for reporting child sexual abuse material and intimate images shared without consent, working with the Gardaí; reports can be anonymous.
helpline-ie-ispcc-support-line-description = ISPCC line for parents and carers with questions about a child's welfare, on weekday mornings.
helpline-ie-112-description = Emergency number, free from mobiles and landlines.
helpline-ie-999-description = Emergency number, free; it reaches the same services as 112.

## US
helpline-us-ncmec-cybertipline-description = The national tipline for reporting the online sexual exploitation of children, including sextortion; anyone can report, by phone or online, and stay anonymous.
helpline-us-childhelp-description = Childhelp National Child Abuse Hotline: crisis counsellors for children, parents and anyone worried about abuse, by call, text or chat, day and night. It does not take official abuse reports.
helpline-us-988-description = Suicide and crisis lifeline, free, by call, text or chat, at any hour; calls in English and Spanish, with interpreters.
helpline-us-crisis-text-line-description = Free text support for any kind of crisis, at any hour: text HOME to 741741.
helpline-us-fbi-tips-description = FBI tip line (1-800-CALL-FBI) and online form, for reporting crimes such as sextortion.
helpline-us-911-description = Emergency number for police, fire and medical help.

## AU
helpline-au-kids-helpline-description = Free counselling for young people aged 5 to 25, by phone at any hour.
helpline-au-lifeline-description = Crisis support and suicide prevention for anyone, by phone or text, day and night.
helpline-au-accce-description = Online form of the Australian Centre to Counter Child Exploitation for reporting sextortion, grooming or other online sexual exploitation of someone under 18.
helpline-au-000-description = Emergency number for police, fire and ambulance, free from any phone.

## NZ
helpline-nz-netsafe-description = Help with online harm, including intimate images shared without consent and pressure to do something sexual online; free, seven days a week.
helpline-nz-1737-description = Free call or text to a trained counsellor, for anyone feeling stressed, anxious or overwhelmed, at any hour.
helpline-nz-youthline-description = Free support for young people aged 12 to 24, by phone or text at any hour.
helpline-nz-oranga-tamariki-description = Oranga Tamariki, the Ministry for Children: call its freephone to report a concern about a child’s safety; outside office hours social workers deal with emergencies.
helpline-nz-111-description = Emergency number for police, fire and ambulance, free.

## ZZ
helpline-zz-112-description = The emergency number 112: it works in every EU country and in some others; if it does not connect, use the local emergency number.
helpline-zz-116111-description = Child helpline number in many European countries; not everywhere, and opening hours differ from country to country.
helpline-zz-take-it-down-description = Free NCMEC service that helps stop nude images taken before 18 from spreading on participating platforms; the picture stays on your device and you can stay anonymous. Open worldwide.
helpline-zz-ncmec-cybertipline-description = NCMEC's online form for reporting the sexual exploitation of a child online; anyone can report, from any country.
helpline-zz-chi-directory-description = Child Helpline International's directory, to find the child helpline of a country.
helpline-zz-findahelpline-description = A directory of free, confidential helplines by country, to find a crisis line where you are.
helpline-bl-15-description = SAMU medical emergency number in Saint-Barthélemy: call 15 for a life-threatening health emergency, including self-harm or a suicide attempt.
helpline-bl-17-description = Police and gendarmerie emergency number in Saint-Barthélemy: call 17 when someone is in danger now, for example threats, violence or blackmail.
helpline-bl-3114-description = National suicide-prevention line, reachable from Saint-Barthélemy: call 3114 free, any time, to talk to a trained health professional, for yourself or someone you are worried about.
helpline-gf-15-description = SAMU medical emergency number in French Guiana: call 15 for a life-threatening health emergency, including self-harm or a suicide attempt.
helpline-gf-17-description = Police and gendarmerie emergency number in French Guiana: call 17 when someone is in danger now, for example threats, violence or blackmail.
helpline-gf-18-description = Fire and rescue emergency number in French Guiana: call 18 for fires, accidents and people who need rescue.
helpline-gf-112-description = European emergency number, reported to work in French Guiana: call 112 from any phone to reach the emergency services.
helpline-gf-119-description = Allô Enfance en Danger, the national child-protection line, reachable from French Guiana: free, confidential and open 24 hours a day for children, teenagers and worried adults; the call does not appear on the phone bill.
helpline-gf-3114-description = National suicide-prevention line, reachable from French Guiana: call 3114 free, any time, to talk to a trained health professional, for yourself or someone you are worried about.
helpline-gp-17-description = Police and gendarmerie emergency number in Guadeloupe: call 17 when someone is in danger now, for example threats, violence or blackmail.
helpline-gp-15-description = SAMU medical emergency number in Guadeloupe: call 15 for a life-threatening health emergency, including self-harm or a suicide attempt.
helpline-gp-18-description = Fire and rescue emergency number in Guadeloupe: call 18 for fires, accidents and people who need rescue.
helpline-gp-112-description = European emergency number, reported to work in Guadeloupe: call 112 from any phone to reach the emergency services.
helpline-gp-119-description = Allô Enfance en Danger, the national child-protection line, reachable from Guadeloupe: free, confidential and open 24 hours a day for children, teenagers and worried adults; the call does not appear on the phone bill.
helpline-gp-3114-description = National suicide-prevention line, reachable from Guadeloupe: call 3114 free, any time, to talk to a trained health professional, for yourself or someone you are worried about.
helpline-mf-15-description = SAMU medical emergency number in Saint-Martin: call 15 for a life-threatening health emergency, including self-harm or a suicide attempt.
helpline-mf-17-description = Police and gendarmerie emergency number in Saint-Martin: call 17 when someone is in danger now, for example threats, violence or blackmail.
helpline-mf-18-description = Fire and rescue emergency number in Saint-Martin: call 18 for fires, accidents and people who need rescue.
helpline-mf-112-description = European emergency number, reported to work in Saint-Martin: call 112 from any phone to reach the emergency services.
helpline-mf-119-description = Allô Enfance en Danger, the national child-protection line, reachable from Saint-Martin: free, confidential and open 24 hours a day for children, teenagers and worried adults; the call does not appear on the phone bill.
helpline-mf-3114-description = National suicide-prevention line, reachable from Saint-Martin: call 3114 free, any time, to talk to a trained health professional, for yourself or someone you are worried about.
helpline-mq-15-description = SAMU medical emergency number in Martinique: call 15 for a life-threatening health emergency, including self-harm or a suicide attempt.
helpline-mq-17-description = Police and gendarmerie emergency number in Martinique: call 17 when someone is in danger now, for example threats, violence or blackmail.
helpline-mq-18-description = Fire and rescue emergency number in Martinique: call 18 for fires, accidents and people who need rescue.
helpline-mq-112-description = European emergency number, reported to work in Martinique: call 112 from any phone to reach the emergency services.
helpline-mq-119-description = Allô Enfance en Danger, the national child-protection line, reachable from Martinique: free, confidential and open 24 hours a day for children, teenagers and worried adults; the call does not appear on the phone bill.
helpline-mq-3114-description = National suicide-prevention line, reachable from Martinique: call 3114 free, any time, to talk to a trained health professional, for yourself or someone you are worried about.
helpline-nc-15-description = SAMU medical emergency number in New Caledonia: call 15 for a life-threatening health emergency, including self-harm or a suicide attempt.
helpline-nc-17-description = Police and gendarmerie emergency number in New Caledonia: call 17 when someone is in danger now, for example threats, violence or blackmail.
helpline-nc-18-description = Fire and rescue emergency number in New Caledonia: call 18 for fires, accidents and people who need rescue.
helpline-nc-sos-ecoute-description = SOS Écoute, New Caledonia's free and anonymous listening line for distress, suicidal thoughts and violence; call 05 30 30 during opening hours.
helpline-nc-enfance-maltraitee-description = New Caledonia's free child-protection number: call 05 44 44 to report a child or teenager in danger, including yourself.
helpline-pf-15-description = SAMU medical emergency number in French Polynesia: call 15 for a life-threatening health emergency, including self-harm or a suicide attempt.
helpline-pf-18-description = Fire and rescue emergency number in French Polynesia: call 18 for fires, accidents and people who need rescue.
helpline-pf-17-description = Police and gendarmerie emergency number in French Polynesia: call 17 when someone is in danger now, for example threats, violence or blackmail.
helpline-pf-119-description = Allô Enfance en Danger, the national child-protection line, reachable from French Polynesia: free, confidential and open 24 hours a day for children, teenagers and worried adults; the call does not appear on the phone bill.
helpline-pf-sos-suicide-description = SOS Suicide, a suicide-prevention listening line in French Polynesia; call 44 47 67 any time to talk to a trained volunteer.
helpline-pm-15-description = Emergency medical number at the hospital in Saint-Pierre-et-Miquelon: call 15 for a life-threatening health emergency, including self-harm.
helpline-pm-18-description = Fire and rescue emergency number in Saint-Pierre: call 18 for fires, accidents and people who need rescue.
helpline-pm-119-description = Allô Enfance en Danger, the national child-protection line, reachable from Saint-Pierre-et-Miquelon: free, confidential and open 24 hours a day for children, teenagers and worried adults; the call does not appear on the phone bill.
helpline-re-112-description = European emergency number, reported to work in La Réunion: call 112 from any phone to reach the emergency services.
helpline-re-17-description = Police and gendarmerie emergency number in La Réunion: call 17 when someone is in danger now, for example threats, violence or blackmail.
helpline-re-15-description = SAMU medical emergency number in La Réunion: call 15 for a life-threatening health emergency, including self-harm or a suicide attempt.
helpline-re-18-description = Fire and rescue emergency number in La Réunion: call 18 for fires, accidents and people who need rescue.
helpline-re-114-description = Emergency service by text message for La Réunion: send an SMS to 114 if you cannot speak or it is not safe to speak; it is not a voice number.
helpline-re-119-description = Allô Enfance en Danger, the national child-protection line, reachable from La Réunion: free, confidential and open 24 hours a day for children, teenagers and worried adults; the call does not appear on the phone bill.
helpline-re-3114-description = National suicide-prevention line, reachable from La Réunion: call 3114 free, any time, to talk to a trained health professional, for yourself or someone you are worried about.
helpline-re-sos-solitude-description = SOS Solitude, a volunteer listening line in La Réunion for anyone feeling alone, in distress or thinking about suicide; call 0262 97 00 00 (price of a local call).
helpline-wf-9860-description = Free 24-hour distress and emergency line at the Wallis fire and rescue centre: call 98 60 if you are in danger or in distress, and the call is passed to rescue, hospital or gendarmerie.
helpline-wf-9860-warning = Wallis only: no number is confirmed for Futuna. It does not replace the fire brigade’s 18.
helpline-wf-18-description = Fire and rescue emergency number on Wallis: call 18 for fires, accidents and people who need rescue.
helpline-yt-15-description = SAMU medical emergency number in Mayotte: call 15 for a life-threatening health emergency, including self-harm or a suicide attempt.
helpline-yt-18-description = Fire and rescue emergency number in Mayotte: call 18 for fires, accidents and people who need rescue.
helpline-yt-17-description = Police and gendarmerie emergency number in Mayotte: call 17 when someone is in danger now, for example threats, violence or blackmail.
helpline-yt-119-description = Allô Enfance en Danger, the national child-protection line, reachable from Mayotte: free, confidential and open 24 hours a day for children, teenagers and worried adults; the call does not appear on the phone bill.
helpline-yt-3114-description = National suicide prevention line, reachable from Mayotte: free, in French, answered by health professionals at any hour, for anyone in distress or worried about someone.
helpline-ci-116-description = Free government line, open 24/7, for reporting violence against children, including sexual violence; call 116.
helpline-ci-180-description = National emergency number of the fire and rescue services for accidents, fires and people in danger; the call is free.
helpline-ci-police-110-description = One of the National Police green numbers (110, 111 and 170) for reporting a crime or asking the police for help.
helpline-ci-samu-185-description = Number of the emergency medical service (SAMU) for medical emergencies.
helpline-sn-116-description = Free number of the Ministry of the Family for reporting a child in danger or any abuse of a child; call 116.
helpline-sn-18-description = Fire and rescue brigade, reachable day and night for accidents, fires and medical emergencies.
helpline-sn-17-description = Police emergency number.
helpline-sn-1515-description = Free national number of the emergency medical service (SAMU) for medical, surgical and obstetric emergencies.
helpline-sn-123-description = Green number for alerting the police and gendarmerie when help is needed.
helpline-sn-signalement-cyber-description = Online platform of the National Police cybercrime division for reporting online offences in confidence, including sexual blackmail and the sexual exploitation of children.
helpline-sn-iwf-portal-description = Anonymous web form, in French and Wolof, for reporting child sexual abuse images or videos found online so that they can be removed.
helpline-cm-116-description = Ministry helpline for children who suffer violence and for adults who witness it; at its launch it could only be reached from the Camtel network.
helpline-cm-118-description = Fire and rescue emergency number; the operations centre answers at any hour.
helpline-cm-117-description = Police emergency number; some callers report that their calls went unanswered.
helpline-cm-117-warning = Some callers say their calls to 117 went unanswered.
helpline-cm-antic-8202-description = Green number of the national ICT agency (ANTIC) for reporting online threats, harmful photo or video montages and other cyber offences, on weekdays during office hours.
helpline-cm-antic-8206-description = Second green number of the national ICT agency (ANTIC) for reporting online offences, on weekdays during office hours.
helpline-ma-2511-description = Free, confidential listening and reporting line of the National Observatory for Children's Rights for children facing violence, abuse or exploitation, with an online reporting form.
helpline-ma-19-description = Free police emergency number (Sûreté nationale).
helpline-ma-15-description = Free civil protection number for accidents, fires, medical emergencies and rescues.
helpline-ma-177-description = Emergency number of the Royal Gendarmerie.
helpline-ma-112-description = Number for reaching the police from a mobile phone.
helpline-ma-e-blagh-description = National police platform for reporting illegal online content, including sexual blackmail and content that harms children, anonymously if wished.
helpline-ma-iwf-portal-description = Anonymous web form, in French and Arabic, for reporting child sexual abuse images or videos online so that they can be removed.
helpline-ma-stop-silence-description = Free, anonymous online chat of the association Sourire de Reda where young people in distress, including those thinking of suicide, can talk to trained listeners.
helpline-tn-1809-description = Free green line of the Ministry of the Family, answered by psychologists, for reporting a child in danger, including online harassment and sexual blackmail; cases are passed to child protection delegates.
helpline-tn-192-description = Free line of the Ministry of the Family for reporting a child in danger during office hours.
helpline-tn-198-description = Civil protection emergency number, reachable at any hour.
helpline-tn-197-description = Police emergency number (police secours).
helpline-tn-193-description = National Guard emergency number.
helpline-tn-190-description = Ambulance (SAMU) number for medical emergencies.
helpline-tn-iwf-portal-description = Anonymous web form for reporting child sexual abuse images or videos online so that they can be removed; set up with the Ministry of the Family.
helpline-dz-1111-description = Green number of the national child protection body (ONPPE) for reporting any harm done to a child; reports are handled by psychologists, lawyers and social services.
helpline-dz-1548-description = Free police green number for emergencies and for reporting offences, including those committed on social networks.
helpline-dz-17-description = Police emergency number (police secours).
helpline-dz-1055-description = Green number of the National Gendarmerie for emergencies and reports.
helpline-dz-14-description = Civil protection emergency number.
helpline-dz-104-description = National police number for vulnerable people, used among other things for children in danger.
helpline-cd-117-description = Free child helpline for reporting violence against children and getting help; it works mainly in the east of the country and only partly in Kinshasa.
helpline-cd-116-description = Kinshasa number for reporting a child who needs protection, on weekdays and Saturday mornings, from the Orange and Africell networks.
helpline-cd-122-description = Free, confidential line, open 24/7, for women and girls who suffer sexual or other violence, with referral to psychological, legal and medical help, in French, Lingala, Swahili, Kikongo and Tshiluba.
helpline-cd-112-description = Free police emergency number set up in Kinshasa; more recent reports cast doubt on whether it still works.
helpline-cd-112-warning = 112 may not answer: since 2021, reports say the police have no free number.
helpline-cd-police-kinshasa-description = Mobile number of the Kinshasa police command for urgent interventions in the capital.
helpline-cd-police-kinshasa-warning = Kinshasa only: a mobile number of the city’s police command.
helpline-mg-147-description = Free police line, open 24/7, for children in danger and anyone who witnesses violence against a child; officers can be sent to help.
helpline-mg-511-description = Free listening line for young people, run by an association with UNICEF support, for advice on personal problems and sexual health; the latest reports date from 2013.
helpline-mg-117-description = Free national police emergency number.
helpline-mg-118-description = Free fire and rescue number of the city of Antananarivo.
helpline-mg-iwf-portal-description = Anonymous web form for reporting child sexual abuse images or videos online so that they can be removed.
helpline-ht-122-description = National Police emergency number, announced as open at any hour, for emergencies, insecurity and kidnappings.
helpline-ht-188-description = Free number of the police child protection brigade for children who suffer violence; set up in 2012, current status unknown.
helpline-ht-114-description = Police emergency number.
helpline-ht-pnh-38381111-description = National Police number for emergencies and for relatives of kidnapping victims.
helpline-ht-iwf-portal-description = Anonymous web form for reporting child sexual abuse images or videos online so that they can be removed; set up with the National Police.
helpline-ng-112-description = Nigeria's national emergency number for police, fire and ambulance; free from any network, though not every state had a call centre yet.
helpline-ng-112-warning = 112 may not connect in every state: not every state has a call centre yet.
helpline-ng-cece-yara-description = Free round-the-clock phone line of the Cece Yara Foundation for children facing sexual abuse and for adults worried about a child.
helpline-ng-npf-cybercrime-portal-description = Nigeria Police Force website for reporting online crimes, including sexual exploitation of children; opened in 2020.
helpline-ng-surpin-description = Free phone line of a Lagos hospital-based suicide prevention group, for anyone with suicidal thoughts or mental distress.
helpline-ke-999-description = Kenya's police emergency number, free to call, for any danger that needs help now.
helpline-ke-112-description = Alternative emergency number in Kenya, free to call, that reaches the police.
helpline-ke-childline-116-description = Kenya's free national child helpline, open day and night; the criminal police ask for online abuse of children, such as demands for nude photos, to be reported here.
helpline-ke-dci-fichua-description = Free line of Kenya's Directorate of Criminal Investigations for reporting crimes, including abuse of children.
helpline-ke-redcross-1199-description = Kenya Red Cross short number that offers phone counselling to people who feel distressed.
helpline-za-112-description = Emergency number that works from any South African cellphone, even without airtime, and connects to police, ambulance or fire.
helpline-za-10111-description = South African police emergency number; free from a landline, charged from a cellphone.
helpline-za-10177-description = South African number for an ambulance or the fire service.
helpline-za-childline-116-description = Free 24-hour Childline line for children and for adults worried about a child; counsellors can bring in social workers or the police.
helpline-za-fpb-hotline-description = Film and Publication Board website for reporting sexual images of children or grooming found online, so they can be removed and passed to the police.
helpline-za-sadag-24h-description = 24-hour line of the South African Depression and Anxiety Group for emotional support; an SMS to 31393 gets a call back.
helpline-za-sadag-suicide-description = Suicide crisis line of the South African Depression and Anxiety Group, found in one source only, so best used together with the 24-hour line.
helpline-za-crime-stop-description = Police line for giving information about a crime anonymously, open all the time; the caller pays part of the cost.
helpline-gh-112-description = Ghana's single emergency number for police, fire and ambulance on all networks.
helpline-gh-191-police-description = Older police emergency number in Ghana that was still answered in 2025; 112 is the main number.
helpline-gh-helpline-of-hope-description = Free line of Ghana's Ministry of Gender, Children and Social Protection for reporting child abuse and other social problems; the second number is 0800 900 900.
helpline-gh-mha-helpline-description = Free line of Ghana's Mental Health Authority for people thinking about suicide or needing emotional support.
helpline-in-112-description = India's single emergency number for police, fire and ambulance in every state.
helpline-in-1098-description = India's free child helpline, open day and night, for children in difficulty and adults who want to help them.
helpline-in-1930-description = National cybercrime helpline, mainly for money lost to online fraud; report quickly so accounts can be frozen.
helpline-in-cybercrime-portal-description = Government website for reporting online crimes; its women and children section takes reports of sexual images of children, with the option to stay anonymous.
helpline-in-tele-manas-description = Free government mental health line, open day and night in many Indian languages, for anyone in emotional distress.
helpline-ph-911-description = Free national emergency number of the Philippines for police, fire, medical help and disasters, answered in several Philippine languages.
helpline-ph-makabata-1383-description = Government helpline of the Council for the Welfare of Children for any concern about a child, including sexual abuse online; the police cybercrime unit follows up online cases.
helpline-ph-bantay-bata-163-description = ABS-CBN Foundation child-abuse hotline with social workers; free on Globe and TM mobiles, where it is dialled as #163.
helpline-ph-ncmh-description = Crisis line of the National Center for Mental Health, open day and night, for anyone in emotional crisis or at risk of suicide.
helpline-sg-999-description = Singapore's police emergency number, for danger that needs the police now.
helpline-sg-995-description = Singapore Civil Defence Force number for an emergency ambulance or a fire.
helpline-sg-police-hotline-description = Singapore Police line and online form (I-Witness) for reporting crimes such as sexual blackmail; for urgent help call 999.
helpline-sg-tinkle-friend-description = Free phone and chat line of the Singapore Children's Society for primary-school children who feel lonely, worried or unsafe.
helpline-sg-navh-description = The Ministry of Social and Family Development’s national helpline, day and night, for reporting child abuse or neglect, family violence and sexual harassment; anyone can call, in English, Mandarin, Malay or Tamil.
helpline-sg-sos-description = Samaritans of Singapore: 24-hour support for anyone in crisis or thinking about suicide, by phone or WhatsApp text (9151 1767).
helpline-sg-mindline-1771-description = National mental health line run by the Institute of Mental Health, open day and night by phone, WhatsApp or web chat.
helpline-jm-119-description = Jamaica's police emergency number.
helpline-jm-110-description = Jamaica Fire Brigade number for fire and ambulance; it can be called without phone credit.
helpline-jm-911-description = Emergency number introduced in Jamaica in 2011 for police, fire and ambulance; recent confirmation is missing.
helpline-jm-112-description = Second emergency number introduced in Jamaica in 2011; recent confirmation is missing.
helpline-jm-211-description = Free 24-hour child helpline of Jamaica's Child Protection and Family Services Agency, for children and adults reporting abuse.
helpline-jm-new-life-description = Free 24-hour mental health and suicide prevention line of Jamaica's Ministry of Health (888-NEW-LIFE).
helpline-mt-112-description = Malta's free emergency number for police, ambulance and fire; people who cannot speak can send an SMS to 79 770 112.
helpline-mt-179-description = Malta's free 24-hour national support line for people of any age, including children facing abuse, online exploitation or emotional crisis.
helpline-mt-116111-description = European child helpline number in Malta, answered by the Supportline 179 team.
helpline-mt-116123-description = European emotional support number in Malta, answered by the Supportline 179 team.
helpline-mt-1579-description = Malta's free 24-hour mental health helpline, answered by psychologists.
helpline-mt-kellimni-description = Free anonymous online support for children and young people in Malta by chat, email or messaging apps.
helpline-mt-childwebalert-description = Maltese national website for anonymous reports of sexual images of children found online, working with the police cybercrime unit.
