# Guides for school staff and helpline volunteers (printable). The responder's protocol from
# the GSMA helpline guide, with England's UKCIS guidance for schools.

## Guide: staff-young

guide-staff-young-title = When a young person contacts you
guide-staff-young-summary = First contact, the immediate-risk questions, what to ask, and what never to do with the images.

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
    Once immediate risk is clear, these questions guide what you do next.
guide-staff-young-step-practical-questions-point-more-images = Have you been asked to make more images?
guide-staff-young-step-practical-questions-point-support = Who can support you? Which adult around you could help?
guide-staff-young-step-practical-questions-point-offender = What do you know that could identify the offender? What does the offender know about you?
guide-staff-young-step-practical-questions-point-content = What content was shared, with whom, and on which devices or networks?

guide-staff-young-step-stop-contact-title = Advise stopping all contact now
guide-staff-young-step-stop-contact-body =
    Advise them to stop all contact with the offender at once: no reply, no payment, no more images, whatever the deadline.

    Evidence is screenshots of the messages, the profile, the username and the demands. Never the images.

guide-staff-young-step-trusted-adult-title = Keep encouraging a trusted adult
guide-staff-young-step-trusted-adult-body =
    Throughout the conversation, keep encouraging them to confide in an adult they trust, who can help them report to the police.

    It does not have to be a parent.

guide-staff-young-step-safeguarding-title = In a school: safeguarding rules
guide-staff-young-step-safeguarding-body =
    England's guidance for schools sets clear rules that are good practice anywhere.
guide-staff-young-step-safeguarding-point-dsl = Report to the designated safeguarding lead (or your setting's equivalent) at once.
guide-staff-young-step-safeguarding-point-never-view = Never view, copy, print, share, store or save the images.
guide-staff-young-step-safeguarding-point-never-ask = Never ask the young person to show, send or save them either.
guide-staff-young-step-safeguarding-point-adult-offender = An adult who obtains nude images of an under-18 is committing child sexual abuse: the police are called.

guide-staff-young-step-red-flags-title = If you see a red flag, refer now
guide-staff-young-step-red-flags-body =
    Talk of suicide or self-harm, an offender the child knows, continued risk, or a deadline set or passed: any one of these means the standard referral, now.

## Guide: staff-parent

guide-staff-parent-title = When a parent contacts you
guide-staff-parent-summary = Help a parent through their emotions, pass on how to talk with their child, and judge how urgent a referral is.

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

    Tell them what they can already do: report the account and ask the platform to remove the images.

guide-staff-parent-step-watch-later-title = Ask them to keep watching
guide-staff-parent-step-watch-later-body =
    Ask the parent to watch for any change in the child's behaviour in the coming weeks, even if they have seen none so far.
