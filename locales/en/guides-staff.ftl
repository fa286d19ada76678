# Guides for school staff and for helpline volunteers (printable). Two protocols, because the two
# jobs differ: a school refers at once to its safeguarding lead and never investigates; a
# helpline follows the GSMA helpline guide (seed 000), which asks its own questions.

## Guide: staff-school — every member of staff in a school (UKCIS for England; France's channels)

guide-staff-school-title = In a school: when a pupil tells you
guide-staff-school-summary = What every member of staff does, and never does, when a pupil discloses sextortion or shared nude images. England's rules for schools, and the French channels.

guide-staff-school-step-listen-title = Listen, stay calm, believe them
guide-staff-school-step-listen-body =
    Thank the pupil for telling you and say it took courage. Tell them clearly that it is not their fault. Let them speak in their own words, without showing shock.

    Don't promise to keep it secret. Explain that you must pass it on to the person in charge of protecting pupils, who will know how to help.

guide-staff-school-step-dont-investigate-title = Don't investigate
guide-staff-school-step-dont-investigate-body =
    Don't ask what the images show, and never ask to see them. Don't press for details: asking questions is the safeguarding lead's job, and repeated questioning can harm the pupil and the case.

    Only find out what cannot wait: is the pupil safe right now, and is there a deadline?

guide-staff-school-step-never-images-title = Never the images
guide-staff-school-step-never-images-body =
    England's guidance for every member of staff is clear, and it is good practice anywhere.
guide-staff-school-step-never-images-point-never-view = Never view, copy, print, share, store or save the images.
guide-staff-school-step-never-images-point-never-ask = Never ask the pupil to show, send, share or download them.
guide-staff-school-step-never-images-point-no-delete = Don't delete anything, and don't ask the pupil to delete anything: it may be evidence, and what happens to the devices is for the lead and the police to decide.
guide-staff-school-step-never-images-point-by-accident = If you saw an image, even by accident, tell the safeguarding lead.

guide-staff-school-step-tell-lead-title = Tell the safeguarding lead at once
guide-staff-school-step-tell-lead-body =
    Report it to the designated safeguarding lead (or your setting's equivalent) at once, the same day. Write down what the pupil said, in their words, with the date and time, and give it only to the lead: they decide who else needs to know, parents included.

    Sextortion is a crime, and an adult who obtains nude images of an under-18 commits child sexual abuse: the police are involved without delay.

guide-staff-school-step-france-title = In France: the head and the legal channels
guide-staff-school-step-france-body =
    French schools have no "safeguarding lead": these are the channels.
guide-staff-school-step-france-point-head = Don't stay alone with it: tell the head of the school (chef d'établissement, or the school director) at once; they organise what comes next with the team.
guide-staff-school-step-france-point-crip = A child in danger or at risk is reported in writing to the département: an "information préoccupante" sent to the CRIP.
guide-staff-school-step-france-point-prosecutor = In serious cases, a direct report to the public prosecutor (procureur de la République). Any public official who learns of a crime or offence in their work must tell the prosecutor without delay (article 40 of the code of criminal procedure).
guide-staff-school-step-france-point-advice = For advice, the 119 (child protection) answers day and night, adults included.

guide-staff-school-step-red-flags-title = If you see a red flag, act now
guide-staff-school-step-red-flags-body =
    Talk of suicide or self-harm, a blackmailer the pupil knows, continued risk, or a deadline set or passed: any one of these means the lead acts today, with the police and child protection. If the pupil is in danger right now, call the emergency number and stay with them.

## Guide: staff-young — helpline volunteers, from the GSMA helpline guide

guide-staff-young-title = Helplines: when a young person contacts you
guide-staff-young-summary = For helpline volunteers: first contact, the immediate-risk questions, what to ask, and what never to do with the images (the GSMA helpline protocol).

guide-staff-young-step-welcome-title = Welcome them
guide-staff-young-step-welcome-body =
    The young person may feel shame, embarrassment, confusion and fear all at once. First tell them they were right to contact you, and that it took courage: they made the right choice.

    Tell them clearly that it is not their fault and they are not to blame. Say that you are there to listen and help, and that together you will find a way out.

guide-staff-young-step-immediate-risk-title = Check for immediate risk
guide-staff-young-step-immediate-risk-body =
    Before anything else, find out whether they are at immediate risk.

    Encourage them to tell you what would let you protect them: what they are called, where they live, and which trusted adult to contact. Explain why: so that help can reach them if they are in danger.
guide-staff-young-step-immediate-risk-point-contact = Are they still in contact with the offender?
guide-staff-young-step-immediate-risk-point-told-anyone = Have they told anyone else?

guide-staff-young-step-practical-questions-title = Four practical questions
guide-staff-young-step-practical-questions-body =
    Once immediate risk is clear, these questions guide what you do next. Ask about the content in words only: never ask to see it.
guide-staff-young-step-practical-questions-point-more-images = Have you been asked to make more images?
guide-staff-young-step-practical-questions-point-support = Who can support you? Which adult around you could help?
guide-staff-young-step-practical-questions-point-offender = What do you know that could identify the offender? What does the offender know about you?
guide-staff-young-step-practical-questions-point-content = What kind of content was shared, with whom, and on which devices or networks?

guide-staff-young-step-stop-contact-title = Advise stopping all contact now
guide-staff-young-step-stop-contact-body =
    Advise them to stop all contact with the offender at once: no reply, no payment, no more images, whatever the deadline.

    Evidence is screenshots of the messages, the profile, the username and the demands, with no picture in them. If the picture is in the chat, they leave that part to an adult or the police. Advise them not to delete anything, the picture and the chat included.

guide-staff-young-step-trusted-adult-title = Keep encouraging a trusted adult
guide-staff-young-step-trusted-adult-body =
    Throughout the conversation, keep encouraging them to confide in an adult they trust, who can help them report to the police.

    It does not have to be a parent.

guide-staff-young-step-never-images-title = Never the images
guide-staff-young-step-never-images-body =
    What holds for schools holds for helplines too.
guide-staff-young-step-never-images-point-never-view = Never view, copy, share, store or save the images.
guide-staff-young-step-never-images-point-never-ask = Never ask the young person to show, send or save them.
guide-staff-young-step-never-images-point-no-delete = Never ask them to delete it either: the picture stays where it is, as evidence, until the police or a removal tool deals with it.
guide-staff-young-step-never-images-point-official-tools = The one place the image itself is used is an official removal tool, ideally with an adult: Take It Down, from the device that already has the picture (a fingerprint is made there, nothing is uploaded), or, in the UK, Report Remove (the young person sends it only to the IWF).
guide-staff-young-step-never-images-point-adult-offender = An adult who obtains nude images of an under-18 is committing child sexual abuse: the police are called.

guide-staff-young-step-red-flags-title = If you see a red flag, refer now
guide-staff-young-step-red-flags-body =
    Talk of suicide or self-harm, an offender the child knows, continued risk, or a deadline set or passed: any one of these means the standard referral, now.

## Guide: staff-parent — helpline volunteers, and anyone a parent turns to

guide-staff-parent-title = When a parent contacts you
guide-staff-parent-summary = Help a parent through their emotions, pass on how to talk with their child, and judge how urgent a referral is (the GSMA helpline protocol).

guide-staff-parent-step-emotions-title = Acknowledge their emotions
guide-staff-parent-step-emotions-body =
    Finding out that their child sent intimate images often leaves a parent with mixed feelings: anger, bewilderment, fear, sometimes guilt.

    Above all, help them understand that this is not their child's fault.

guide-staff-parent-step-listen-title = Listening without judgment
guide-staff-parent-step-listen-body =
    Stress how much it matters that they listen to their child's story without judging, and watch how they react while the child speaks.

    Warn them that they may not yet know the full extent of the abuse. They should be ready to hear more later, and react the same way when they do.

guide-staff-parent-step-tips-title = Four tips to pass on
guide-staff-parent-step-tips-body =
    Whether the parent suspects something or the child has already told them, these help the child open up.
guide-staff-parent-step-tips-point-moment = Choose the moment with care, so the child does not feel trapped or held to account.
guide-staff-parent-step-tips-point-place = Find a quiet place where the conversation won't be interrupted.
guide-staff-parent-step-tips-point-questions = Ask questions without judging, let the child answer, and keep the conversation flowing.
guide-staff-parent-step-tips-point-reassure = Reassure the child: you believe them and you are there to help.

guide-staff-parent-step-three-questions-title = Three questions for the parent
guide-staff-parent-step-three-questions-body =
    Explain the possible psychological effects of this abuse: it helps the parent see why a supportive approach matters. Their answers help you judge how urgently to refer to support services.
guide-staff-parent-step-three-questions-point-behaviour = Has the child's behaviour changed?
guide-staff-parent-step-three-questions-point-support = Is the child supported by a care or support service now, or were they in the past?
guide-staff-parent-step-three-questions-point-mental-health = Are you worried about the child's mental health, right now or for some time?

guide-staff-parent-step-recourse-title = Explain the recourse
guide-staff-parent-step-recourse-body =
    Reassure the parent that their child can be protected, and explain the recourse that exists in your country. Tell them they can also contact the child services themselves.

    Tell them what they can already do: report the account and ask the platform to remove the images. Tell them what not to do: don't look at the images or ask the child to show them, don't pay, and don't reply to or confront the blackmailer.

guide-staff-parent-step-watch-later-title = Ask them to keep watching
guide-staff-parent-step-watch-later-body =
    Ask the parent to watch for any change in the child's behaviour in the coming weeks, even if they have seen none so far.
