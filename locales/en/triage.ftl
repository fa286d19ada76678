# "What to do now": the triage screen. Ids ending in -young, -parent or -staff speak to that
# audience. Every question is worded so that "yes" is the worrying answer (except adult-told).
# Reasons take $because: yes, dont-know or unanswered (both of the latter count as a yes).

## The questions screen

triage-title-young = What to do now
triage-title-parent = What to do now
triage-title-staff = What to do now: immediate risk

triage-intro-young = A few quick questions to see how urgent this is. You can skip any of them: what to do and the call button are already below.
triage-intro-parent = A few questions about your child, to see how urgent this is. You can skip any of them: the steps and the call button are already below.
triage-intro-staff = The immediate-risk questions and the four red flags of the helpline protocol. Any question can be skipped: an unanswered red flag counts as present.

triage-see-steps-young = Show me what to do
triage-see-steps-parent = Show me what to do
triage-see-steps-staff = Show the steps

## Answers

triage-answer-yes = Yes
triage-answer-no = No
triage-answer-dont-know = I don't know
triage-answer-unanswered = Not answered

## Questions, each with a help line

triage-question-self-harm-young = Right now, are you thinking about hurting yourself, or do you feel like you can't go on?
triage-question-self-harm-help-young = Your safety comes first. If you're not sure, choose "I don't know": we'll take it seriously.
triage-question-self-harm-parent = Is your child talking about suicide or hurting themselves, or do they seem deeply shaken?
triage-question-self-harm-help-parent = Any sign counts, even a joke or a single sentence. If you're not sure, choose "I don't know".
triage-question-self-harm-staff = Is the young person talking about suicide or self-harm, or showing deep emotional distress?
triage-question-self-harm-help-staff = The first red flag. Any sign counts, even one said in passing.

triage-question-deadline-young = Did they give you a deadline (like "pay within the hour"), or has a deadline already passed?
triage-question-deadline-help-young = A deadline is a way to pressure you. It doesn't mean you have to do what they say.
triage-question-deadline-parent = Has the person given your child a deadline, or has a deadline already passed?
triage-question-deadline-help-parent = Blackmailers often demand payment within the hour, so that the child has no time to ask for help.
triage-question-deadline-staff = Has the person set a deadline to meet their demands, or has a deadline already passed?
triage-question-deadline-help-staff = A red flag: a deadline set or passed, after which the person threatens to publish the images.

triage-question-known-offender-young = Is the person someone you know in real life (family, a friend, someone from school or your area)?
triage-question-known-offender-help-young = If you know them in real life, they could reach you outside the internet too.
triage-question-known-offender-parent = Is the person someone your child knows in real life (family, a friend, an acquaintance)?
triage-question-known-offender-help-parent = When the person is known to your child, the police and child protection need to be involved.
triage-question-known-offender-staff = Is the person known to the young person (family member, friend or acquaintance)?
triage-question-known-offender-help-staff = A red flag: the abuse may continue offline, and others may be at risk.

triage-question-contact-young = Are you still in contact with them, or could they reach you again (another app, a new account)?
triage-question-contact-help-young = Even if you've blocked them, say yes if they could find another way to reach you.
triage-question-contact-parent = Is your child still in contact with the person, or could the person reach your child again?
triage-question-contact-help-parent = Count every way in: other apps, new accounts, friends in common, school.
triage-question-contact-staff = Is the young person still in contact with the person, or at risk of further abuse from them?
triage-question-contact-help-staff = A red flag: the young person remains at risk of further abuse or of being targeted again.

triage-question-images-shared-young = Have they already shared or posted your images anywhere?
triage-question-images-shared-help-young = If you don't know, that's fine: we'll show you how to get images taken down anyway.
triage-question-images-shared-parent = Have images of your child already been shared or posted somewhere?
triage-question-images-shared-help-parent = If you don't know, say so: the removal steps will be shown anyway.
triage-question-images-shared-staff = Have images already been shared or posted somewhere?
triage-question-images-shared-help-staff = Never ask to see the images. Where they were posted is enough.

triage-question-adult-told-young = Have you told an adult you trust (a parent, a relative, a teacher, a coach)?
triage-question-adult-told-help-young = It doesn't have to be your parents. Any adult you trust can help you.
triage-question-adult-told-parent = Has another adult who can help been told, such as the school or someone you trust?
triage-question-adult-told-help-parent = You don't have to handle this alone. The school can help protect your child.
triage-question-adult-told-staff = Have your safeguarding lead and the young person's parents or carers been told?
triage-question-adult-told-help-staff = Whatever the answer, your safeguarding lead comes first in the steps below; decide with them how to involve the family.

## The outcome: one level

triage-level-emergency = Emergency
triage-level-urgent = Urgent
triage-level-act-today = Act today

triage-level-emergency-headline-young = Your safety comes first: call now, and don't stay alone.
triage-level-emergency-headline-parent = Call now, and stay with your child.
triage-level-emergency-headline-staff = Call now, and stay with the young person.
triage-level-emergency-explanation-young = What you're going through is really hard, and it is not your fault. Right now, what matters most is that you are safe. Call the emergency number or a crisis line, then do the steps below.
triage-level-emergency-explanation-parent = Your child may be at risk of hurting themselves. Call the emergency number or a crisis line now, and don't leave your child alone. The other steps come right after.
triage-level-emergency-explanation-staff = There is a sign of self-harm or suicide risk. Call the emergency number or a crisis line now and do not leave the young person alone. Then follow the standard referral.

triage-level-urgent-headline-young = Call a helpline now: you don't have to face this alone.
triage-level-urgent-headline-parent = Call a helpline now, and involve the police and child protection.
triage-level-urgent-headline-staff = A red flag is present: follow the standard referral now.
triage-level-urgent-explanation-young = What you told us means this can't wait. It is not your fault, and there are people whose job is to help young people in exactly this situation. Call now, then do the steps below.
triage-level-urgent-explanation-parent = At least one red flag is present: this needs professional help today, not tomorrow. Stay calm with your child: they need to hear that it isn't their fault.
triage-level-urgent-explanation-staff = At least one of the four red flags is present. Call the helpline and follow the standard referral: involve the police and child-protection services, as your procedure requires.

triage-level-act-today-headline-young = Act today: a few steps put you back in control.
triage-level-act-today-headline-parent = Act today: help your child through these steps.
triage-level-act-today-headline-staff = No red flag: act today, and keep checking.
triage-level-act-today-explanation-young = None of the warning signs came up, and that's good. It's still serious, and it's not your fault. Do these steps today, and call the helpline if you want to talk it through.
triage-level-act-today-explanation-parent = No red flag came up. It is still serious: blackmail like this can get worse within hours. Go through these steps with your child today, calmly and without blame.
triage-level-act-today-explanation-staff = None of the four red flags is present. Support the young person through these steps today, write down what was done, and ask the questions again if anything changes.

triage-reasons-title-young = Why
triage-reasons-title-parent = Why this level
triage-reasons-title-staff = Why this level

triage-actions-title-young = What to do, in this order
triage-actions-title-parent = What to do, in this order
triage-actions-title-staff = What to do, in this order

triage-summary-title-young = Your answers
triage-summary-title-parent = Your answers
triage-summary-title-staff = Answers given
# Under the printed answers: the level, then what to do first.
triage-level-line = { $level } — { $headline }

## Reasons: which red flags counted, and why

triage-reason-self-harm-young =
    { $because ->
        [yes] You said you're thinking about hurting yourself, or feel like you can't go on.
        [dont-know] You're not sure whether you're safe. We count that as a yes, to be safe.
       *[unanswered] You haven't told us yet whether you're safe. Until you do, we count it as a yes.
    }
triage-reason-self-harm-parent =
    { $because ->
        [yes] Your child talks about suicide or hurting themselves, or seems deeply shaken.
        [dont-know] You don't know whether your child might hurt themselves. We count that as a yes, to be safe.
       *[unanswered] You haven't said yet whether your child might hurt themselves. Until you do, we count it as a yes.
    }
triage-reason-self-harm-staff =
    { $because ->
        [yes] The young person talks about suicide or self-harm, or shows deep emotional distress.
        [dont-know] You don't know whether the young person is at risk of self-harm. We count that as a yes, to be safe.
       *[unanswered] The self-harm question is not answered yet. Until it is, we count it as a yes.
    }

triage-reason-deadline-young =
    { $because ->
        [yes] They gave you a deadline, or a deadline has passed.
        [dont-know] You don't know whether there is a deadline. We count that as a yes, to be safe.
       *[unanswered] You haven't said yet whether there is a deadline. Until you do, we count it as a yes.
    }
triage-reason-deadline-parent =
    { $because ->
        [yes] A deadline was set, or has already passed.
        [dont-know] You don't know whether a deadline was set. We count that as a yes, to be safe.
       *[unanswered] You haven't said yet whether a deadline was set. Until you do, we count it as a yes.
    }
triage-reason-deadline-staff =
    { $because ->
        [yes] A deadline was set, or has already passed.
        [dont-know] It is not known whether a deadline was set. We count that as a yes, to be safe.
       *[unanswered] The deadline question is not answered yet. Until it is, we count it as a yes.
    }

triage-reason-known-offender-young =
    { $because ->
        [yes] The person is someone you know in real life.
        [dont-know] You're not sure whether you know this person in real life. We count that as a yes, to be safe.
       *[unanswered] You haven't said yet whether you know this person in real life. Until you do, we count it as a yes.
    }
triage-reason-known-offender-parent =
    { $because ->
        [yes] The person is someone your child knows in real life.
        [dont-know] You don't know whether your child knows the person in real life. We count that as a yes, to be safe.
       *[unanswered] You haven't said yet whether your child knows the person. Until you do, we count it as a yes.
    }
triage-reason-known-offender-staff =
    { $because ->
        [yes] The person is known to the young person.
        [dont-know] It is not known whether the young person knows the person. We count that as a yes, to be safe.
       *[unanswered] The question about who the person is is not answered yet. Until it is, we count it as a yes.
    }

triage-reason-contact-young =
    { $because ->
        [yes] They can still reach you.
        [dont-know] You're not sure whether they can still reach you. We count that as a yes, to be safe.
       *[unanswered] You haven't said yet whether they can still reach you. Until you do, we count it as a yes.
    }
triage-reason-contact-parent =
    { $because ->
        [yes] The person can still reach your child.
        [dont-know] You don't know whether the person can still reach your child. We count that as a yes, to be safe.
       *[unanswered] You haven't said yet whether the person can still reach your child. Until you do, we count it as a yes.
    }
triage-reason-contact-staff =
    { $because ->
        [yes] The young person is still in contact, or at risk of further abuse.
        [dont-know] It is not known whether the person can still reach the young person. We count that as a yes, to be safe.
       *[unanswered] The contact question is not answered yet. Until it is, we count it as a yes.
    }

triage-reason-no-red-flag-young = You answered no to every warning sign: you're safe right now, there's no deadline, you don't know them in real life, and they can't reach you.
triage-reason-no-red-flag-parent = None of the four red flags: no sign of self-harm, no deadline, a person your child doesn't know, and no more contact.
triage-reason-no-red-flag-staff = None of the four red flags is present.

## Actions: guides

triage-guide-young-threat = Someone is threatening me: what to do
triage-guide-young-tell-adult = How to tell an adult
triage-guide-parent-talk = Talking with your child
triage-guide-parent-signs = Warning signs to watch for
triage-guide-removal = Getting images taken down
triage-guide-young-removal = Getting pictures taken down
triage-guide-staff-school = In a school: what to do when a pupil tells you
triage-guide-staff-young = Helplines: when a young person contacts you
triage-guide-staff-parent = When a parent contacts you
triage-guide-red-flags = The four red flags and the referral

## Actions: steps, each with a detail

triage-step-stop-replying-young = Stop replying
triage-step-stop-replying-detail-young = Don't answer, don't negotiate, don't threaten them back. Every reply gives them something to push on.
triage-step-stop-replying-parent = Help your child stop replying
triage-step-stop-replying-detail-parent = No answers, no negotiating, no threats back: not from your child, and not from you.
triage-step-stop-replying-staff = Make sure all replies stop
triage-step-stop-replying-detail-staff = No more answers or negotiating, from the young person or from any adult.

triage-step-dont-pay-young = Don't pay
triage-step-dont-pay-detail-young = Paying doesn't make it stop: they usually ask for more. If you've already paid, don't panic, but don't pay anything more.
triage-step-dont-pay-parent = Don't pay
triage-step-dont-pay-detail-parent = Paying rarely ends it and usually brings new demands. If money was already sent, don't pay more: check whether the payment can still be cancelled, and keep the proof of payment.
triage-step-dont-pay-staff = No payment
triage-step-dont-pay-detail-staff = Payment rarely ends it and usually brings new demands. If money was sent, no more: check whether it can still be cancelled, and keep the proof of payment.

triage-step-dont-send-more-young = Don't send any more images
triage-step-dont-send-more-detail-young = Whatever the deadline or the threat. Nothing you send will make them stop.
triage-step-dont-send-more-parent = No more images, whatever the threat
triage-step-dont-send-more-detail-parent = Tell your child they never have to send anything, whatever the deadline.
triage-step-dont-send-more-staff = No more images, whatever the threat
triage-step-dont-send-more-detail-staff = Tell the young person they never have to send anything, whatever the deadline.

triage-step-keep-evidence-young = Keep proof
triage-step-keep-evidence-detail-young = Take screenshots of the messages, their profile, their username and what they ask for, without the picture. If the picture is in the chat, leave that part out. Don't delete anything, not even the picture or the chat: leave it where it is, and don't send or show it.
triage-step-keep-evidence-parent = Keep evidence, never the images
triage-step-keep-evidence-detail-parent = Screenshots of the messages, the profile, the username and the demands, with no picture in them. Don't look at the images, don't ask your child to show them, and never have them sent to your phone. Don't delete anything: not the account, the chat, the pictures or any app.
triage-step-keep-evidence-staff = Advise keeping evidence, never the images
triage-step-keep-evidence-detail-staff = Advise the young person to keep screenshots of the messages, profile, username and demands, with no picture in them, and to delete nothing. Never view, copy, print, share or store the images yourself, and never ask the young person to. In a school, the safeguarding lead decides who handles the device.

triage-step-report-then-block-young = Report their account, then block it
triage-step-report-then-block-detail-young = Use the app's report button first, and say you are under 18, even if your profile shows another age. Then block them. Your screenshots, without the picture, stay on your phone after you block.
triage-step-report-then-block-parent = Report the account, then block it
triage-step-report-then-block-detail-parent = Report it on the platform first (many have a priority form for blackmail), saying your child is under 18, then block it.
triage-step-report-then-block-staff = Advise reporting the account, then blocking it
triage-step-report-then-block-detail-staff = Advise the young person to report the account on the platform, saying they are under 18, then to block it. Note what was reported, and when.

triage-step-stay-with-them-young = Don't stay alone
triage-step-stay-with-them-detail-young = Go and find someone: a parent, a friend, a neighbour. Or stay on the phone with the line you called.
triage-step-stay-with-them-parent = Stay with your child
triage-step-stay-with-them-detail-parent = Don't leave them alone until the danger has passed. Listen, don't judge, and tell them it isn't their fault.
triage-step-stay-with-them-staff = Stay with the young person
triage-step-stay-with-them-detail-staff = Don't leave them alone. Stay calm, listen, and tell them it isn't their fault.

triage-step-standard-referral-young = Let the police and child protection help you
triage-step-standard-referral-detail-young = What they are doing to you is a crime. The police and child-protection services are there to protect you, not to blame you. The helpline can explain how it works, and an adult you trust can go with you.
triage-step-standard-referral-parent = Involve the police and child protection
triage-step-standard-referral-detail-parent = The person blackmailing your child is committing a crime. Report it to the police, and contact the child-protection services: the helpline can tell you how, in your country.
triage-step-standard-referral-staff = Follow the standard referral
triage-step-standard-referral-detail-staff = With your safeguarding lead, involve the police and child-protection services, following your school's or service's procedure.

triage-step-tell-trusted-adult-young = Tell an adult you trust
triage-step-tell-trusted-adult-detail-young = A parent, a relative, a teacher, a coach: anyone you trust. You won't get in trouble for asking for help.
triage-step-tell-trusted-adult-parent = Don't carry this alone
triage-step-tell-trusted-adult-detail-parent = Tell the school or another adult you trust: they can help protect your child and support you.
triage-step-tell-trusted-adult-staff = Tell your safeguarding lead now
triage-step-tell-trusted-adult-detail-staff = Before anything else, tell your designated safeguarding lead (in France, the head of the school or the school director; in a helpline, the person your procedure names). They decide who handles the device, and how and when to involve the family. If they already know, tell them what you have learnt since.

triage-step-report-to-police-young = Report it to the police, with an adult
triage-step-report-to-police-detail-young = What they are doing is a crime. The police are there to protect you, not to blame you. Your country's reporting service is on the helplines screen.
triage-step-report-to-police-parent = Report it to the police
triage-step-report-to-police-detail-parent = The person blackmailing your child is committing a crime. Report it to the police or to your country's reporting service (the helplines screen lists it), with your notes and your screenshots, which have no picture in them.
triage-step-report-to-police-staff = Make sure it is reported to the police
triage-step-report-to-police-detail-staff = Sextortion is a crime, and it is reported even when no red flag is present. In a school, your safeguarding lead makes the report; in a helpline, follow your service's procedure.

triage-step-remove-images-young = Ask for the images to be taken down
triage-step-remove-images-detail-young = Sites and apps have to remove sexual images of anyone under 18. The guide below shows you how, step by step.
triage-step-remove-images-parent = Get the images removed
triage-step-remove-images-detail-parent = Sexual images of under-18s are illegal: platforms have to remove them. The removal guide shows how.
triage-step-remove-images-staff = Get the images removed
triage-step-remove-images-detail-staff = Sexual images of under-18s are illegal: platforms have to remove them. The removal guide shows how, without anyone viewing the images.
