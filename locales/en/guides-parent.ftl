# Guides for parents and carers. Calm, practical; never blame the child or the parent.

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
    Don't pay, and help your child stop replying. Take screenshots of the messages, the profile, the username and the demands, never of the images.

    Don't go through the phone deleting apps, messages or photos, and don't delete the account: that is evidence. Report the account, then block it.

    Platforms must remove sexual images of minors. The next guide shows how to ask.

guide-parent-talk-step-three-questions-title = Three questions to ask yourself
guide-parent-talk-step-three-questions-body =
    Your answers show how urgently your child needs support beyond you.

    If any answer is yes, or you are not sure, talk to a professional soon: a helpline, your doctor, or child services. If your child talks about suicide or hurting themselves, call now.
guide-parent-talk-step-three-questions-point-behaviour = Has your child's behaviour changed?
guide-parent-talk-step-three-questions-point-support = Is your child supported by a care or support service now, or were they in the past?
guide-parent-talk-step-three-questions-point-mental-health = Are you worried about their mental health, right now or for some time?

guide-parent-talk-step-child-services-title = Get help from child services
guide-parent-talk-step-child-services-body =
    You don't have to handle this alone. You can contact your country's child protection services or a helpline yourself. They will explain what can be done where you live, including reporting to the police.

    If you see any red flag, act at once.

## Guide: parent-signs

guide-parent-signs-title = Warning signs
guide-parent-signs-summary = Changes to watch for, why there may be none, and what to do with what you notice.

guide-parent-signs-step-behaviour-title = Changes to watch for
guide-parent-signs-step-behaviour-body =
    One sign alone proves nothing. Several together, or a sudden change, are worth a calm conversation.
guide-parent-signs-step-behaviour-point-secrecy = New secrecy about the phone or computer.
guide-parent-signs-step-behaviour-point-switching = Switching screens or hiding the phone when someone comes near.
guide-parent-signs-step-behaviour-point-withdrawal = Sudden withdrawal from family, friends or usual activities.
guide-parent-signs-step-behaviour-point-mood = Mood changes: anxious, irritable, low, on edge.
guide-parent-signs-step-behaviour-point-sleep = Sleeping badly, or using the phone late at night.
guide-parent-signs-step-behaviour-point-gifts = Gifts, money or game credit from people you don't know.
guide-parent-signs-step-behaviour-point-new-friend = A new online friend who flatters them a lot.
guide-parent-signs-step-behaviour-point-private-app = Being pushed to move a conversation to a private or encrypted app.

guide-parent-signs-step-no-signs-title = There may be no sign at all
guide-parent-signs-step-no-signs-body =
    Sextortion can go from first message to threats in a few hours, before anything shows. No sign does not mean nothing is happening.

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

    If your child talks about suicide or hurting themselves, or has a deadline from someone, it is urgent: call now. Even if you noticed nothing, keep watching for changes in the weeks ahead.

## Guide: removal — only the web pages need a network; say so

guide-removal-title = Getting images removed and reporting
guide-removal-summary = How to report the account and ask for the images to be taken down. The web pages below need an internet connection; the rest of Refuge works offline.

guide-removal-step-before-title = Before you start
guide-removal-step-before-body =
    Don't delete the account or the messages, and don't go through the phone deleting apps or photos. Police and platforms need that evidence.

    Keep screenshots of the messages, the profile, the username and the demands. Never copy, forward, save or show the images themselves: that is illegal for images of under-18s, and it is never needed.

guide-removal-step-platforms-title = Report on the platform
guide-removal-step-platforms-body =
    Sexual images of minors are illegal, and platforms must remove them. Report the account and every post or message, using the app's report button or the platform's form. Some platforms treat sextortion reports first and can alert the police.

    Each button below opens a web page, so it needs an internet connection.

guide-removal-step-take-it-down-title = Take It Down (anywhere in the world)
guide-removal-step-take-it-down-body =
    Take It Down, run by NCMEC, helps stop images of under-18s from spreading, even before they are posted. It is free and anonymous. What it can and cannot do:
guide-removal-step-take-it-down-point-on-device = It makes a digital fingerprint of the image on your own device. The image itself is never sent.
guide-removal-step-take-it-down-point-under-18 = It is for images taken when the person was under 18.
guide-removal-step-take-it-down-point-participating = It only works on the platforms that take part in it.
guide-removal-step-take-it-down-point-not-encrypted = It cannot see into encrypted chats.
guide-removal-step-take-it-down-point-edited-copies = It can miss copies that were cropped or edited.

guide-removal-step-report-remove-title = Report Remove (United Kingdom)
guide-removal-step-report-remove-body =
    Childline and the Internet Watch Foundation run Report Remove for young people under 18 in the UK. Young people aged 13 and over go through an age check, and a Childline account lets them hear the outcome and get support. They do not have to give their real name.

    Follow only the instructions on their page. Opening it needs an internet connection.

guide-removal-step-canada-title = NeedHelpNow.ca (Canada)
guide-removal-step-canada-body =
    The Canadian Centre for Child Protection explains, platform by platform, how to get images removed. Its team can also contact platforms for you. The site is in English (NeedHelpNow.ca) and French (AidezMoiSVP.ca).

    Opening it needs an internet connection.

guide-removal-step-france-title = The 3018 and Pharos (France)
guide-removal-step-france-body =
    The 3018, run by the association e-Enfance, is free and confidential for young people and parents. Platforms treat its reports as a priority, so it can get content taken down fast.

    Pharos is the police website for reporting illegal content that is public online. For private messages, go to the police or gendarmerie. The web pages need an internet connection.

guide-removal-step-belgium-title = Child Focus (Belgium)
guide-removal-step-belgium-body =
    Child Focus helps young people and parents facing sextortion, including getting images removed. It also advises reporting to the police: sextortion is a crime.

    The website needs an internet connection.

guide-removal-step-expect-title = What to expect
guide-removal-step-expect-body =
    Removal can take time, and no one can promise every copy will go. But much can be taken down, and reporting makes it harder for this person to hurt others.

    Keep going, and keep talking with your child. A helpline can help you with each step.
