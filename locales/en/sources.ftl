# Sources: each one's title (as the page gives it, in its own language), what it is, and what
# Refuge took from it. A note is advice too: wherever it mentions screenshots, it says "never the
# picture" beside them (tested). Sections are the parts a step cites. The address and the date are in
# locales/guides.toml. A title ending in "…" is the page's first words: the stored copy of the page
# shows no heading.

## How a step cites a source (the section, when it cites one)

source-citation = { $publisher } — { $title } ({ $date })
source-citation-section = { $publisher } — { $title } ({ $date }) — { $section }

## GSMA (2017) — seed 000

source-gsma-2017-title = Extorsion sexuelle sur des enfants (Sexual extortion of children, French edition)
source-gsma-2017-note = A guide for child helpline staff, published by the GSMA. Refuge took from it how sextortion unfolds, its emotional impact, the protocol for first contact with a child or a parent, the four conversation tips, the three questions, platform takedown forms, and the four red flags.
source-gsma-2017-section-how-it-happens = How it happens
source-gsma-2017-section-impact = Emotional impact on a child
source-gsma-2017-section-child-contact = Contact from the child
source-gsma-2017-section-parent-contact = Contact from a parent or carer
source-gsma-2017-section-practical-advice = Practical advice
source-gsma-2017-section-red-flags = Red flags

## A 2020 press article quoting Child Focus — seed 003

source-child-focus-2020-title = Les prédateurs sexuels, plus actifs que jamais depuis le confinement (press article quoting Child Focus)
source-child-focus-2020-note = A 2020 French-language press article; the outlet is not named. It quotes Child Focus, the Belgian foundation for missing and sexually exploited children. Refuge took from it the ten-minute rule, the definitions of grooming, sexting, sextortion and sexual intimidation, Child Focus's figures for 2018 and 2019, its advice to parents and young people, and the fact that parents often first learn of it from conversations they come across. The article calls the rise in sextortion files (46 to 55) a decrease; Refuge states it as the increase it is.
source-child-focus-2020-section-ten-minute-rule = The ten-minute rule
source-child-focus-2020-section-definitions = Definitions
source-child-focus-2020-section-figures = Figures 2018–2019
source-child-focus-2020-section-advice-parents = Advice to parents
source-child-focus-2020-section-advice-young = Advice to young people
source-child-focus-2020-section-lockdown = How offenders approach young people
source-child-focus-2020-section-who-calls = Who calls Child Focus

## Police and authorities

source-fbi-2024-title = The Financially Motivated Sextortion Threat
source-fbi-2024-note = The FBI's warning of January 2024. Refuge took from it the pattern (offenders posing as young girls to befriend teen boys), and the advice: you are not at fault, ask for help before paying or sending anything, report and block, save all interactions.
source-fbi-kc-2024-title = The FBI is warning parents, educators, caregivers, and children about the dangers of online activity…
source-fbi-kc-2024-note = The FBI Kansas City field office's statement, printed by a local news site. Refuge took from it that victims are typically boys of 14 to 17, and the figures: over 13,000 reports of financial sextortion of minors from October 2021 to March 2023, and at least 20 suicides.
source-nca-ceop-2024-title = NCA issues urgent warning about ‘sextortion’
source-nca-ceop-2024-note = The UK National Crime Agency's alert to education professionals (29 April 2024), printed in full by WiredGov. Refuge took from it that the image can be real or fake, that blackmail can start in under an hour, that victims are mostly boys of 14 to 18, and NCMEC's figures (26,718 reports in 2023, 10,731 in 2022).
source-nca-parents-2024-title = The National Crime Agency has issued an alert to hundreds of thousands of education professionals…
source-nca-parents-2024-note = The same NCA alert's advice to parents and carers. Refuge took from it: don't pay, and if you have paid, don't panic but don't pay anything more; stop contact and block; avoid deleting anything that could be evidence, messages, images and payment details included; report to the police.
source-college-policing-title = Responding to the taking or sharing of nude and semi-nude images by young people
source-college-policing-note = The College of Policing's briefing note for police in England and Wales. Refuge took from it that coercion, exploitation or a profit motive means child sexual abuse and a full criminal response: the young person is the victim.
source-thinkuknow-au-title = How to make a report
source-thinkuknow-au-note = ThinkUKnow, the Australian Federal Police's programme. Refuge took from it that no information is too small, and that children are never blamed or criticised for being a victim.
source-accce-report-title = How & what to report
source-accce-report-note = The Australian Centre to Counter Child Exploitation. Refuge took from it what to collect before blocking: screenshots of the conversation, never of the picture, with the profiles, usernames and links, dates and times; and its warning never to screenshot, save or share an explicit image of an under-18.
source-accce-signs-title = Do you know how to protect your children from online sextortion?
source-accce-signs-note = The ACCCE's warning signs for parents, as quoted by a news site. Refuge took from it: sexual images sent first by a fake profile that asks for the same, a chat moved to another app, and a webcam or microphone that "doesn't work".
source-police-minors-fr-title = Victime ou témoin mineur de violence sexuelle, conjugale, au sein de la famille, de harcèlement scolaire, de cyberharcèlement, de sextorsion…
source-police-minors-fr-note = The French Interior Ministry's page for minors (updated 12 November 2025). Refuge took from it the free police and gendarmerie chat for under-18s, open 24 hours a day, sextortion included, and that a minor victim can file a complaint alone or with a trusted adult of their choice.
source-pharos-title = Le portail de signalement des contenus illicites de l’internet (Pharos)
source-pharos-note = The French police portal for reporting illegal content (updated 7 February 2024). Refuge took from it that Pharos takes public content and illegal behaviour, including an anonymous stranger's messages and sexual proposals to a minor, and that a private matter with someone you know goes to the police chat or station.

## Child protection and schools

source-ukcis-2024-title = Sharing nudes and semi-nudes: how to respond to an incident (overview)
source-ukcis-2024-note = England's one-page guidance for all staff in education settings (UK Council for Internet Safety, updated 11 March 2024). Refuge took from it: report to the designated safeguarding lead at once; never view, copy, print, share, store or save the imagery, nor ask a child to share or download it; an adult who shares nudes of an under-18 commits child sexual abuse, and the police are called.
source-hwb-wales-title = Sharing nudes and semi-nudes
source-hwb-wales-note = The Welsh Government's guidance for schools and families. Refuge took from it that taking or sharing nude images of under-18s is an offence even when the image only shows the young person, and that the law also covers AI-made and manipulated images.
source-ni-sharing-nudes-title = Sharing Nudes & Semi-Nudes
source-ni-sharing-nudes-note = Northern Ireland's online safety hub for young people. Refuge took from it that a young person whose nude was obtained or shared through coercion or threats is the victim of a crime and has done nothing wrong.
source-disclosure-dia-title = What to do if a pupil discloses a safeguarding issue
source-disclosure-dia-note = Training material for school staff. Refuge took from it: stay calm, don't press for details, don't promise to keep secrets, pass the information only to those who need to know.
source-eduscol-danger-title = Enfants en danger : comment les repérer ? Que faire ?
source-eduscol-danger-note = The French Education Ministry's page on children in danger. Refuge took from it that schools report children in danger to the CRIP (an "information préoccupante") or, when serious, to the public prosecutor.
source-dsden93-art40-title = Enfant en danger ou en risque de l’être : que faire ?
source-dsden93-art40-note = An education authority in France (Seine-Saint-Denis). Refuge took from it article 40 of the code of criminal procedure: a public official who learns of a crime or offence at work must tell the prosecutor without delay; and the two channels, by seriousness.
source-charente-maritime-title = La protection des enfants, un devoir pour tous et une obligation légale
source-charente-maritime-note = A French département's guide to reporting a child in danger. Refuge took from it: listen, let the child speak in their own words, avoid questioning them, tell them it will have to be passed on, and never stay alone with it.
source-internet-safety-101-title = Warning Signs
source-internet-safety-101-note = An internet-safety programme for parents. Refuge took from it behaviour changes that may show a child is being targeted: secrecy, switching screens, withdrawal, gifts from strangers.
source-parentnets-title = Diagnosis
source-parentnets-note = A handbook for parents on sextortion. Refuge took from it the signs of distress: mood changes and disturbed sleep.

## Child-protection bodies and researchers

source-ncmec-title = Steps to take following financial sextortion
source-ncmec-note = The steps the United States' National Center for Missing & Exploited Children (NCMEC) gives parents, relayed by the National Children's Advocacy Center. Refuge took from it: the predator is to blame, not the child; get help before paying; report, then block, but don't delete the profile or messages.
source-c3p-title = What is sextortion?
source-c3p-note = Cybertip.ca, run by the Canadian Centre for Child Protection. Refuge took from it: stop all communication; never pay and never send more; if you paid, check whether it was collected and cancel it if not; talk to a safe adult; ask the police for an investigator who works on child exploitation; keep the messages and the images: don't delete them. Refuge adds that no new copy of the picture is made.
source-cybertip-2021-title = Cybertip.ca is seeing an escalation in tactics being used by offenders to sextort teens…
source-cybertip-2021-note = A Cybertip.ca alert (October 2021). Refuge took from it the threats aimed at teens: pictures of their school or of their friends and family list, copied from their profile, and fake news articles.
source-child-focus-2025-title = Explosion du nombre de garçons victimes de sextorsion. Child Focus lance Payboy pour les prémunir contre l’extorsion en ligne.
source-child-focus-2025-note = Child Focus, Belgium (17 November 2025), launching its Payboy campaign. Refuge took from it: over 350 sextortion files in 2025 (up 130% on 2024); 93% of new financial cases concern boys; offenders befriend young people before asking for images.
source-child-focus-advice-2025-title = The non-governmental Child Focus organisation is launching an online platform aimed at fighting sextortion…
source-child-focus-advice-2025-note = The Brussels Times on the same campaign. Refuge took from it Child Focus's advice: don't pay, take screenshots (never of the picture), stop contact, tell a trusted adult, and report to the police and to Child Focus, because sextortion is a crime.
source-child-focus-2023-title = Le constat est sans appel…
source-child-focus-2023-note = A Belga dispatch on Child Focus's 2022 annual report. Refuge took from it that, through its work with the main social networks, Child Focus can quickly get nude images shared without consent removed.
source-safeonweb-payboy-title = Child Focus lance « Payboy », une nouvelle plateforme contre la sextorsion
source-safeonweb-payboy-note = Belgium's cybersecurity centre on the Payboy campaign. Refuge took from it that offenders use AI: hyper-realistic avatars, and "deepnudes" made from ordinary photos to blackmail.
source-thorn-title = New data reveals the devastating toll of sextortion on kids
source-thorn-note = Thorn, a non-profit that builds technology against child sexual abuse (24 June 2025). Refuge took from it that one young victim of sextortion in seven harmed themselves.
source-thorn-2025-findings-title = Thorn, a nonprofit that develops technology to protect children from online sexual abuse, has released…
source-thorn-2025-findings-note = A summary of Thorn's 2025 report. Refuge took from it that one victim in three knew the perpetrator in real life, often a schoolmate, a partner or a family acquaintance.
source-meta-stop-sextortion-title = Stop sextortion
source-meta-stop-sextortion-note = Meta's advice, developed by Thorn. Refuge took from it: stop responding and don't pay; if you already sent money, it is going to be OK, stop paying; report AI-made content and submit it to Take It Down.
source-deepfake-fr-title = Deepfake à caractère sexuel
source-deepfake-fr-note = A French resource on sexual violence law. Refuge took from it that publishing a sexual montage or AI-made sexual image of a person without consent is an offence in France (article 226-8-1 of the penal code).
source-csam-law-fr-title = Pédopornographie
source-csam-law-fr-note = The same French resource, on article 227-23 of the penal code. Refuge took from it that recording, sending or keeping sexual images of a minor is an offence, even fictional ones.

## Removal and reporting services

source-take-it-down-title = NCMEC Launches New Service That Can Help You “Take It Down”
source-take-it-down-note = NCMEC's launch release (27 February 2023). Refuge took from it how Take It Down works: a digital fingerprint (hash) made on the device, the image never leaving it; images of under-18s; open worldwide; used by participating platforms on their public or unencrypted services.
source-ap-take-it-down-title = ‘Take It Down:’ a tool for teens to remove explicit images
source-ap-take-it-down-note = The Associated Press on Take It Down's limits: images in encrypted apps are not taken down, and an edited copy (cropped, with an emoji, turned into a meme) is a new image.
source-report-remove-title = Report Remove
source-report-remove-note = The Internet Watch Foundation's page on the tool it runs with Childline for under-18s in the UK. Refuge took from it how it works: an age check with Yoti from 13, a Childline account for support and the outcome, the image uploaded only to the IWF, whose analysts review it and work to remove it.
source-e-enfance-3018-title = Le 3018, numéro national de lutte contre les cyberviolences créé en 2021 pour protéger les victimes, étend son dispositif…
source-e-enfance-3018-note = A magazine article on the 3018, France's national number against online violence, run by e-Enfance. Refuge took from it that it is free and confidential, and that platforms treat its reports as a priority.

## Added for the first minute (issue 24)

source-nca-2025-title = National Crime Agency launches online campaign to tackle ‘sextortion’ among young teenage boys
source-nca-2025-note = The UK National Crime Agency's 2025 campaign, printed in full by WiredGov. Refuge took from it that sextortion is run by organised crime groups, mostly overseas, that want money fast, sometimes blackmailing within an hour of first contact; that every age is targeted; and that 73% of the boys asked did not know how to report it.
source-c3p-campaign-2024-title = Campaign delivers sextortion information to youth and caregivers
source-c3p-campaign-2024-note = The Canadian Centre for Child Protection's 2024 campaign. Refuge took from it that sextorters are usually organised, relentless and ruthless, and its four steps: stop talking to them, screenshot the messages (never the picture, Refuge adds), block them, and tell a safe adult.
source-netsafe-sextortion-title = Sextortion
source-netsafe-sextortion-note = Netsafe, New Zealand's online safety organisation, for young people and trusted adults. Refuge took from it that the scammers are professional criminals who target many people at the same time; not to give in or send more; to screenshot the threats, never the picture; and to warn friends and family that someone is trying to scam you.
source-netsafe-scams-title = Sextortion Scams
source-netsafe-scams-note = Netsafe's page on sextortion scams. Refuge took from it that the scammer runs many accounts and targets many people at once, and quickly drops those who block them and stop replying; and, when content has been shared, to report it to the site.
source-rcmp-sextortion-title = Sextortion
source-rcmp-sextortion-note = The Royal Canadian Mounted Police in British Columbia. Refuge took from it: don't panic, pay or send more; block them but keep the messages and the images you sent; lock down your social media and accept no new friends, as they come back with fake profiles; and the police can help without telling your parents.
source-cybermalveillance-title = Que faire en cas de sextorsion ?
source-cybermalveillance-note = The French government's platform for victims of online crime. Refuge took from it: stop replying and block the blackmailer, lock your social media accounts as fast as you can, and file a complaint.
source-meta-teens-title = Stop sextortion – teens
source-meta-teens-note = Meta's page for teens, in its hub developed with Thorn. Refuge took from it: if someone knows your password, change it at once; keep what was said; talk with someone you trust, with a way to start the conversation; don't forward pictures.
source-thorn-stop-sextortion-title = Stop sextortion before it starts
source-thorn-stop-sextortion-note = Thorn's Stop Sextortion advice, relayed word for word by a Brazilian campaign site. Refuge took from it: if you are under 18, say so when you report, even if your profile shows another age; never forward a sexual image of someone else; talk with someone you trust.
source-esafety-nudes-shared-title = My nudes have been shared
source-esafety-nudes-shared-note = Australia's eSafety Commissioner, for young people. Refuge took from it: stay calm and talk to an adult you trust; screenshot the usernames, messages and posts, never the picture itself; report it, whatever your age.
source-ceop-shared-around-title = When nudes get shared around
source-ceop-shared-around-note = CEOP Education (formerly Thinkuknow), the UK National Crime Agency's education programme, for young people aged 14 and over. Refuge took from it that sharing a nude of someone under 18 is always wrong and a criminal offence, and that it can deeply hurt the person, even one who seems to shrug it off.
source-bee-secure-2025-title = Avertissement sur une nouvelle forme de sextorsion au Luxembourg : des maîtres chanteurs ciblent des enfants et des adolescents
source-bee-secure-2025-note = Luxembourg's online safety service. Refuge took from it that some blackmailers push their victim to get intimate pictures from other children, so that the victim fears being seen as an accomplice; and not to give in. (Refuge does not follow its advice to screenshot the images too: screenshots, yes, but never of the picture.)
source-shorespace-sent-title = What if I've been sent a nude by someone else?
source-shorespace-sent-note = Shore, the Lucy Faithfull Foundation's site for young people. Refuge took from it: if you are sent a sexual picture of someone under 18, don't keep it or send it to anyone, not even an adult who might help; speak to an adult you trust, who can help you report it.
source-ni-image-sharing-title = Image Sharing – What You Can Do
source-ni-image-sharing-note = Northern Ireland's Safeguarding Board, for parents and professionals (26 June 2023). Refuge took from it: stay calm and don't overreact; report early; and even when the child seems to be managing well, get help from professionals such as their doctor.
source-beyond-blue-ask-title = How you can help
source-beyond-blue-ask-note = Beyond Blue, Australia's mental health organisation, for parents of young people. Refuge took from it: ask a young person directly whether they are thinking about suicide; talking about it does not put the idea in their head; if they are in danger, get help at once.
source-stopncii-faq-title = FAQ
source-stopncii-faq-note = StopNCII.org, run by the UK charity SWGfL. Refuge took from it: it is for adults; pictures taken under 18, even if you are now older, go to Take It Down; if someone threatens to share your pictures, you can open a case; if they are already online, report them to the platforms first; case numbers and PINs cannot be recovered.
source-stopncii-how-title = Hur StopNCII.org fungerar (How StopNCII.org works, Swedish edition of the page)
source-stopncii-how-note = StopNCII.org's own page on how it works. Refuge took from it that the fingerprint (hash) is made on your device and only the hash is sent, the pictures staying on your device; and that the companies that take part look for matches.
source-take-it-down-relay-title = Take It Down
source-take-it-down-relay-note = Take It Down's own text, relayed word for word by a youth support site. Refuge took from it: free, and you can stay anonymous; for pictures taken before 18; the picture never leaves your device; it works on the public or unencrypted platforms that take part; for a picture taken at 18 or over, StopNCII.org.
source-nhs-relaxed-breathing-title = Relaxed breathing for stress
source-nhs-relaxed-breathing-note = A self-help booklet from an NHS mental health trust in England. Refuge took from it the breathing exercise: breathe in slowly counting to five, breathe out slowly counting to five, without holding your breath, until you feel calmer.
source-nspcc-calm-zone-title = Calm zones can help children to de-stress in their own way
source-nspcc-calm-zone-note = An NSPCC column on Childline's Calm Zone. Refuge took from it that using the senses, such as touch, helps bring a young person back to the present moment and feel back in control.
