# Sources: what each one is, and what Refuge took from it. Sections are the parts a step cites.

## GSMA (2017) — seed 000

source-gsma-2017-title = Sexual extortion of children (helpline guide)
source-gsma-2017-note = A guide for child helpline staff, published by the GSMA with child-protection partners. Refuge took from it how sextortion unfolds, its emotional impact, the protocol for first contact with a child or a parent, the four conversation tips, the three questions, platform takedown forms, and the four red flags.
source-gsma-2017-section-how-it-happens = How it happens
source-gsma-2017-section-impact = Emotional impact on a child
source-gsma-2017-section-child-contact = Contact from the child
source-gsma-2017-section-parent-contact = Contact from a parent or carer
source-gsma-2017-section-practical-advice = Practical advice
source-gsma-2017-section-red-flags = Red flags

## Child Focus, quoted in a 2020 press article — seed 003

source-child-focus-2020-title = Online sexual predators during lockdown (article quoting Child Focus)
source-child-focus-2020-note = A 2020 Belgian press article quoting Child Focus, the Belgian foundation for missing and sexually exploited children. Refuge took from it the ten-minute rule, the definitions of grooming, sexting, sextortion and sexual intimidation, Child Focus's figures for 2018 and 2019, and its advice to parents and young people. The article calls the rise in sextortion files (46 to 55) a decrease; Refuge states it as the increase it is.
source-child-focus-2020-section-ten-minute-rule = The ten-minute rule
source-child-focus-2020-section-definitions = Definitions
source-child-focus-2020-section-figures = Figures 2018–2019
source-child-focus-2020-section-advice-parents = Advice to parents
source-child-focus-2020-section-advice-young = Advice to young people
source-child-focus-2020-section-lockdown = How offenders approach young people

## Authorities and child-protection bodies

source-fbi-2024-title = Sextortion: warning and advice for young people and parents
source-fbi-2024-note = The United States' federal police. Refuge took from it: stop replying, don't pay, block but don't delete the account or messages, keep evidence, tell a trusted adult, and its figures on financial sextortion of minors.
source-ncmec-title = Sextortion: advice and figures
source-ncmec-note = The United States' national clearinghouse on child exploitation. Refuge took from it: don't delete the account or messages, don't go through the phone deleting things, that sextortion can unfold in hours before any sign, and its 2022 and 2023 report figures.
source-c3p-title = NeedHelpNow.ca and Cybertip.ca advice
source-c3p-note = The Canadian Centre for Child Protection. Refuge took from it: stop contact, never send more, stop a payment if you can, talk to a safe adult, help for a friend, and its platform-by-platform removal help.
source-child-focus-2025-title = Payboy campaign on sextortion
source-child-focus-2025-note = Child Focus's 2025 campaign on sextortion of boys. Refuge took from it: don't pay, take screenshots, stop contact, tell a trusted adult; over 350 files in 2025 (up 130% on 2024); 93% of new cases are boys; offenders using AI-made profiles.
source-thorn-title = Stop Sextortion
source-thorn-note = A non-profit that builds technology against child sexual abuse. Refuge took from it: never keep or share the images, never send more, and its 2025 finding that one young victim in seven hurt themselves.
source-nca-ceop-2024-title = Alert to schools on financially motivated sextortion
source-nca-ceop-2024-note = An alert from the UK's National Crime Agency to education settings. Refuge took from it: it is not the young person's fault, don't pay, tell a trusted adult, and report.
source-ukcis-2024-title = Sharing nudes and semi-nudes: advice for education settings
source-ukcis-2024-note = Guidance for schools in England, updated in March 2024. Refuge took from it: report to the designated safeguarding lead, never view, copy, print, share, store or save the images nor ask the young person to, and call the police when an adult is involved.
source-enough-is-enough-title = Warning signs of online exploitation
source-enough-is-enough-note = A United States non-profit for internet safety. Refuge took from it the behaviour changes that may show a child is being targeted.

## Removal and reporting services

source-take-it-down-title = Take It Down
source-take-it-down-note = NCMEC's free, anonymous service for images of under-18s. Refuge took from it how it works (a fingerprint made on the device), and its limits: participating platforms only, no encrypted chats, edited copies may be missed.
source-report-remove-title = Report Remove
source-report-remove-note = A UK tool run by Childline and the Internet Watch Foundation for under-18s. Refuge took from it who can use it, the age check from 13, and the Childline account used to follow the outcome.
source-e-enfance-3018-title = The 3018
source-e-enfance-3018-note = France's national number for young victims of online violence, run by the association e-Enfance. Refuge took from it that it is free and confidential, and that platforms treat its reports as a priority.
source-pharos-title = Pharos: reporting illegal content online
source-pharos-note = The French police portal for reporting illegal content. Refuge took from it that it handles public content, while private matters go to the police or gendarmerie.
