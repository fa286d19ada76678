# Guides for parents and carers. Calm, practical; never blame the child or the parent. A parent
# never needs to see the images to help, never asks the child to show them, and never has them
# sent to their own device. Nothing is deleted: the pictures, the chat and the accounts stay
# where they are, for the police and the removal services.

## Guide: parent-talk — from the GSMA guide's section on contact by a parent

guide-parent-talk-title = Talking with your child
guide-parent-talk-summary = How to react, listen and talk, so your child keeps coming to you, and what to do next.

guide-parent-talk-step-emotions-title = Your own feelings come first
guide-parent-talk-step-emotions-body =
    Anger, confusion, fear, even guilt: all of this is normal when you learn your child has been targeted. Take a breath before you speak.

    Hold on to one thing above all: this is never your child's fault. The person blackmailing them is committing a crime.

guide-parent-talk-step-listen-title = Listen without judging
guide-parent-talk-step-listen-body =
    Let your child tell the story their way. Watch how you react: your face, your voice, your words. A shocked or angry reaction can close the door.

    Thank them for telling you. Don't blame or punish them, and don't take the phone away as a punishment.

guide-parent-talk-step-more-later-title = Be ready to hear more later
guide-parent-talk-step-more-later-body =
    What you know today may be only part of it. Your child may tell you more in a few hours or days.

    When they do, react the same calm way. That is how they learn it is safe to keep talking.

guide-parent-talk-step-tips-title = Four ways to help your child open up
guide-parent-talk-step-tips-body =
    Whether your child has told you something or you only suspect it, these help the conversation.
guide-parent-talk-step-tips-point-moment = Choose the moment with care, so your child does not feel trapped or held to account.
guide-parent-talk-step-tips-point-place = Find a quiet place where you won't be interrupted.
guide-parent-talk-step-tips-point-questions = Ask questions without judging, give your child time to answer, and keep the conversation flowing.
guide-parent-talk-step-tips-point-reassure = Reassure them: you believe them and you are there to help.

guide-parent-talk-step-first-steps-title = What to do right away, together
guide-parent-talk-step-first-steps-body =
    Do these things with your child, not behind their back. You never need to see the images to help: don't look at them, don't ask your child to show them to you, and never have them sent to your phone.
guide-parent-talk-step-first-steps-point-dont-pay = Don't pay. If money was already sent, don't pay anything more: the next guide says what to do.
guide-parent-talk-step-first-steps-point-no-contact = Help your child stop replying. Don't reply to the blackmailer or confront them yourself either.
guide-parent-talk-step-first-steps-point-evidence = Keep screenshots of the messages, the profile, the username and the demands, with no picture in them. If the picture is in the chat, leave that part to the police.
guide-parent-talk-step-first-steps-point-keep-account = Don't delete anything: not the account, the messages, the pictures or any app. Leave them where they are: they are evidence.
guide-parent-talk-step-first-steps-point-report = Report the account on the platform and say your child is under 18, then block it. Platforms must remove sexual images of minors: the removal guide shows how to ask.
guide-parent-talk-step-first-steps-point-police = Report it to the police, or to your country's reporting service (the helplines screen lists it). You can go with your child.

guide-parent-talk-step-three-questions-title = Three questions to ask yourself
guide-parent-talk-step-three-questions-body =
    Your answers show how urgently your child needs support beyond you. If any answer is yes, or you are not sure, talk to a professional soon: a helpline, your doctor, or child services.

    Even if your child seems fine, stay close tonight and in the days ahead, and tell your doctor or a helpline what happened. Ask your child directly whether they are thinking of suicide: asking does not put the idea in their head.

    If your child talks about suicide or hurting themselves, call now.
guide-parent-talk-step-three-questions-point-behaviour = Has your child's behaviour changed?
guide-parent-talk-step-three-questions-point-support = Is your child supported by a care or support service now, or were they in the past?
guide-parent-talk-step-three-questions-point-mental-health = Are you worried about their mental health, right now or for some time?

guide-parent-talk-step-child-services-title = Get help from child services
guide-parent-talk-step-child-services-body =
    You don't have to handle this alone. You can contact your country's child protection services or a helpline yourself. They will explain what can be done where you live, including reporting to the police.

    If you see any red flag, act at once.

## Guide: parent-cases — the situations that change the steps

guide-parent-cases-title = When it's more complicated
guide-parent-cases-summary = Money already sent, a blackmailer your child knows, a fake image, going to the police, and what to say about sexting.

guide-parent-cases-step-already-paid-title = If money was already sent
guide-parent-cases-step-already-paid-body =
    Don't panic, but don't pay anything more. Paying shows the blackmailer that more can be had.

    Check whether the payment has been collected. If it hasn't, ask the bank or the payment app to cancel it straight away.

    Keep the payment details (amount, date, where it went) as proof for the police. My record can hold them, as text.

guide-parent-cases-step-known-offender-title = When your child knows the blackmailer
guide-parent-cases-step-known-offender-body =
    About one young victim in three knows the person: a classmate, an ex, a family acquaintance. That makes it more urgent, not less: they can reach your child offline and may target others.

    Don't confront them or their family, and don't negotiate. Keep the evidence, tell the school at once (in England, the designated safeguarding lead; in France, the head of the school, le chef d'établissement, or in a primary school le directeur or la directrice), and report it to the police.

guide-parent-cases-step-fake-images-title = When the image is fake
guide-parent-cases-step-fake-images-body =
    Blackmailers can turn an ordinary photo into a fake nude with AI. Your child may never have sent anything. It is still blackmail, and the images are still illegal.

    The same steps apply. Take It Down can fingerprint a fake image too, from the device where it already is, usually your child's; the image is not uploaded. Never have it sent to another device, not even yours.

guide-parent-cases-step-police-title = Going to the police
guide-parent-cases-step-police-body =
    Your child is the victim, not a suspect: police guidance treats a young person who was threatened or forced as a victim of sexual abuse. You can go with them. In France, a minor can also file a complaint alone or with a trusted adult, and a police chat for under-18s is open day and night.

    What to bring (never the images themselves):
guide-parent-cases-step-police-point-screenshots = Screenshots of the messages and the threats, with no picture in them.
guide-parent-cases-step-police-point-accounts = The blackmailer's usernames and the links to their profiles.
guide-parent-cases-step-police-point-payment = Proof of any payment: amount, date, where it was sent.
guide-parent-cases-step-police-point-dates = When it started and what happened when (My record keeps such notes).

guide-parent-cases-step-sexting-title = Talking about sexting
guide-parent-cases-step-sexting-body =
    Under 18, taking or sharing nude images is against the law in many countries, even between partners; the rules differ from one country to another. And once an image is sent, it can be used for blackmail.

    Say it calmly, and say the other half too: if it ever goes wrong, your child can come to you and will not be punished for it.

## Guide: parent-signs

guide-parent-signs-title = Warning signs
guide-parent-signs-summary = Changes to watch for, the pattern aimed at boys, why there may be no sign, and what to do with what you notice.

guide-parent-signs-step-behaviour-title = Changes to watch for
guide-parent-signs-step-behaviour-body =
    One sign alone proves nothing. Several together, or a sudden change, are worth a calm conversation.
guide-parent-signs-step-behaviour-point-secrecy = New secrecy about the phone or computer.
guide-parent-signs-step-behaviour-point-switching = Switching screens or hiding the phone when someone comes near.
guide-parent-signs-step-behaviour-point-withdrawal = Sudden withdrawal from family, friends or usual activities.
guide-parent-signs-step-behaviour-point-mood = Mood changes: anxious, irritable, low, on edge.
guide-parent-signs-step-behaviour-point-sleep = Sleeping badly, nightmares.
guide-parent-signs-step-behaviour-point-gifts = Gifts, money or game credit from people you don't know.
guide-parent-signs-step-behaviour-point-new-friend = A new online friend who flatters them a lot.
guide-parent-signs-step-behaviour-point-private-app = Being pushed to move a conversation to another app.
guide-parent-signs-step-behaviour-point-found-messages = Messages you came across by chance that worried you. Many parents first learn of it this way.

guide-parent-signs-step-boys-pattern-title = The pattern aimed at boys
guide-parent-signs-step-boys-pattern-body =
    Financial sextortion is now the most common case, and it mostly targets boys aged 14 to 17. It often follows the same script.
guide-parent-signs-step-boys-pattern-point-flattering = A flattering "girl" of the same age adds them, often a stranger or a friend of a friend.
guide-parent-signs-step-boys-pattern-point-nude-first = She sends a sexual picture first, then asks for one in return.
guide-parent-signs-step-boys-pattern-point-other-app = She asks to move to another app, or to a video call where her own camera "doesn't work".
guide-parent-signs-step-boys-pattern-point-fast = Threats and a demand for money follow within minutes or hours.
guide-parent-signs-step-boys-pattern-point-followers = The blackmailer shows your child the list of their followers or friends, or their school, copied from their profile, to prove they can reach them all.

guide-parent-signs-step-no-signs-title = There may be no sign at all
guide-parent-signs-step-no-signs-body =
    Sextortion can go from first message to threats in under an hour, before anything shows. No sign does not mean nothing is happening.

    So talk about it before anything happens. Tell your child that if someone ever threatens them online, they can come to you and they will not be punished.

guide-parent-signs-step-three-questions-title = Three questions to ask yourself
guide-parent-signs-step-three-questions-body =
    These help you judge how much support your child needs.
guide-parent-signs-step-three-questions-point-behaviour = Has your child's behaviour changed?
guide-parent-signs-step-three-questions-point-support = Is your child supported by a care or support service now, or were they in the past?
guide-parent-signs-step-three-questions-point-mental-health = Are you worried about their mental health, right now or for some time?

guide-parent-signs-step-what-to-do-title = What to do with your answers
guide-parent-signs-step-what-to-do-body =
    If you noticed signs or answered yes, choose a calm moment to talk. Check how urgent it is, and call a helpline or child services for advice.

    If your child talks about suicide or hurting themselves, or has a deadline from someone, it is urgent: call now. Even if your child seems to be managing well, get advice from a professional, such as your doctor, and keep watching for changes in the weeks ahead.

## Guide: removal — only the web pages need a network; say so

guide-removal-title = Getting images removed and reporting
guide-removal-summary = How to report the account and ask for the images to be taken down. The web pages below need an internet connection; the rest of Refuge works offline.

guide-removal-step-before-title = Before you start
guide-removal-step-before-body =
    Don't delete anything: not the account, the messages, the pictures or any app. Leave everything where it is: police and platforms need that evidence.

    Keep screenshots of the messages, the profile, the username and the demands, with no picture in them. Never copy, forward or show the images themselves, and never have them sent to your phone: that is illegal for images of under-18s. Take It Down works from the device that already has the picture, usually your child's, with you beside them.

guide-removal-step-platforms-title = Report on the platform
guide-removal-step-platforms-body =
    Sexual images of minors are illegal, and platforms must remove them. Report the account and every post or message, using the app's report button or the platform's form. Some platforms treat sextortion reports first and can alert the police.

    Each button below opens a web page, so it needs an internet connection.

guide-removal-step-take-it-down-title = Take It Down (anywhere in the world)
guide-removal-step-take-it-down-body =
    Take It Down, run by NCMEC, helps stop images of under-18s from spreading, even before they are posted. It is free and anonymous. How it works, and its limits:
guide-removal-step-take-it-down-point-on-device = It works on the device where the image already is, usually your child's: it makes a digital fingerprint (a "hash") there, and the image is never uploaded or seen by anyone. Never send the image to another device, not even yours.
guide-removal-step-take-it-down-point-under-18 = It is for images taken when the person was under 18.
guide-removal-step-take-it-down-point-participating = Only the platforms that take part use the fingerprints to find and remove copies.
guide-removal-step-take-it-down-point-not-encrypted = It cannot see into encrypted chats.
guide-removal-step-take-it-down-point-edited-copies = It can miss copies that were cropped or edited.
guide-removal-step-take-it-down-point-fakes = It also takes fake images made with AI.
guide-removal-step-take-it-down-point-over-18 = For images taken at 18 or over, StopNCII.org does the same job.

guide-removal-step-report-remove-title = Report Remove (United Kingdom)
guide-removal-step-report-remove-body =
    Childline and the Internet Watch Foundation (IWF) run Report Remove for young people under 18 in the UK. Unlike Take It Down, the young person sends the image itself, and only to the IWF. How it works:
guide-removal-step-report-remove-point-age-check = From 13, the young person proves their age with Yoti. Under 13, no check is needed.
guide-removal-step-report-remove-point-account = They create a Childline account, which keeps them supported and tells them the outcome.
guide-removal-step-report-remove-point-upload = They upload the image, video or link on the IWF's secure page, and nowhere else.
guide-removal-step-report-remove-point-review = IWF analysts review it, and if it is illegal they fingerprint it and work to have it removed.

guide-removal-step-canada-title = NeedHelpNow.ca (Canada)
guide-removal-step-canada-body =
    The Canadian Centre for Child Protection explains, platform by platform, how to get images removed. Its team can also contact platforms for you. The site is in English (NeedHelpNow.ca) and French (AidezMoiSVP.ca).

    Opening it needs an internet connection.

guide-removal-step-france-title = The 3018, Pharos and the police chat (France)
guide-removal-step-france-body =
    The 3018, run by the association e-Enfance, is free and confidential for young people and parents. Platforms treat its reports as a priority, so it can get content taken down fast.

    Pharos is the police website for reporting illegal content or behaviour online, including an anonymous stranger's messages and sexual proposals to a minor. For a private matter with someone you know, the police chat (open day and night) or the police station is the way in.

    The web pages need an internet connection.

guide-removal-step-belgium-title = Child Focus (Belgium)
guide-removal-step-belgium-body =
    Child Focus helps young people and parents facing sextortion, including getting images removed. It also advises reporting to the police: sextortion is a crime.

    The website needs an internet connection.

guide-removal-step-expect-title = What to expect
guide-removal-step-expect-body =
    Removal can take time, and no one can promise every copy will go. But much can be taken down, and reporting makes it harder for this person to hurt others.

    Keep going, and keep talking with your child, even if they seem to be coping. Your country's reporting service is on the helplines screen, and a helpline can help you with each step.

## Screen: "For the adult who has just been told" (core/src/first_minute/told.rs): one
## screen for the parent, teacher or coach a young person has just told, then tonight's open line
## from route() (need help, audience parent) or, where no line for it is open, the emergency
## number, said as such. Sources: ni-image-sharing (stay calm, don't overreact), ncmec (the
## predator is to blame; get help before paying; don't delete), nca-parents-2024 (don't pay, avoid
## deleting anything), ukcis-2024 (never view the images), beyond-blue-ask (ask directly about
## suicide; it does not put the idea in their head). The parent-talk steps cite the same sources.

told-title = For the adult who has just been told
told-intro = A young person has just trusted you with something hard. Here is the first minute.
told-calm = Stay calm. Take a breath before you speak: your face and your voice count.
told-not-in-trouble = Tell them they are not in trouble, and that it is not their fault. The blackmailer is the one committing a crime.
told-no-delete-no-pay = Don't delete anything, and don't pay. Don't look at the pictures, and don't ask to see them.
told-ask = Ask them straight out: "Are you thinking about hurting yourself, or ending your life?" Asking does not put the idea in their head.
told-if-yes = If they say yes, or you are not sure, stay with them and call now.
told-call = Then call this line, together:
told-no-line = No helpline for this is open right now. If the young person is in danger, call the emergency number. If not, stay with them, read the guide below, and call when the line opens.
told-guide-parent = The parents' guide: what to do next
told-guide-staff = The guide for school staff
