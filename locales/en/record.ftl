# "My record": the private, locked, text-only record of what happened, and its report.
# Every message may receive $audience, who keeps the record ("young", "parent" or "staff");
# French says "tu" to young and "vous" to the others (the default variant, [other]). The report's own words (record-report-*) are read by a helpline or the police.
# Never suggest keeping, sending or showing an image: the record holds text only.

## The record's home: the list of entries
record-title = My record
# Heading of the list of entries.
record-list-title = What you wrote
record-intro = A private place to write down what happened: names, links, dates, what they asked for. Text only, kept on this device, locked.
record-text-only = Refuge keeps text only, never pictures.
record-list-empty = Nothing written yet. Whenever you're ready, add what you remember, even a small detail.
record-list-unreadable = Some entries could not be read. The others are safe.
record-damaged = Part of your record may be damaged. Make a report now to keep everything that can still be read.
record-add = Add an entry
record-edit = Edit
record-delete = Delete
record-save = Save
record-cancel = Cancel
record-saved = Saved.
record-entry-title-new = New entry
record-entry-title-edit = Edit entry
record-delete-confirm-title = Delete this entry?
record-delete-confirm-body = It will be removed from your record.
record-delete-confirm-yes = Delete the entry

## First-time setup: choosing the lock, and the one plain sentence on what it protects
record-setup-title = Lock your record
record-setup-intro = Choose how to lock it. You'll need it every time you open your record.
record-setup-protects = Either lock stops someone who picks up this device from reading your record in Refuge: after 5 wrong tries, each new try has to wait.
record-setup-copies = But someone who copies Refuge's files to a computer could try every PIN there until one works. Four random words stop that too. A PIN doesn't.
record-setup-limits = No lock helps while your record is open on an unlocked device in someone else's hands, or if the device has spyware. And the waits only slow down guessing in Refuge: someone who can change its files, for example by putting back an older copy of them, can get round them.
record-setup-no-recovery = If you forget your words, passphrase or PIN, nobody can get it back, not even Refuge. The only way out is to erase the record and start again.
record-setup-understood = I understand
record-setup-audience-label = Who is writing in this record?
record-setup-audience-young = A young person
record-setup-audience-parent = A parent or carer
record-setup-audience-staff = School staff or a helpline volunteer
record-setup-choose = How do you want to lock it?
record-setup-choose-words = Four random words (recommended)
record-setup-choose-pin = A 6-digit PIN
record-setup-choose-passphrase = My own passphrase
record-setup-choose-passphrase-hint = At least 8 characters. Four or more words nobody could guess protect a copy of the files; a short or well-known phrase doesn't.
record-setup-who-keeps = Choose one nobody else knows: not your phone's code, not a birthday. Refuge refuses dates, patterns and the most common PINs.
record-setup-pin-label = Choose a 6-digit PIN
record-setup-passphrase-label = Choose a passphrase
record-setup-words-label = Your four words
record-setup-words-hint = Write them down somewhere nobody else can find them, or learn them by heart. You'll type them, with a space between each, to open your record.
record-setup-words-new = Other words
record-setup-words-type = Type the four words, to check
record-setup-repeat-label = Once more, to check
record-setup-mismatch = The two don't match. Try again.
record-setup-submit = Lock my record
record-setup-working = Setting up the lock… This takes a few seconds.

## Unlocking, wrong tries and waits
record-unlock-title = Your record is locked
record-unlock-pin-label = Your PIN
record-unlock-passphrase-label = Your passphrase
record-unlock-submit = Unlock
record-unlock-working = Checking…
record-unlock-wrong =
    { $kind ->
        [pin] Wrong PIN.
       *[passphrase] Wrong passphrase.
    } { $tries ->
        [0] Each new try now has to wait a little longer.
        [one] One more try, then you'll have to wait before trying again.
       *[other] { $tries } more tries, then you'll have to wait before trying again.
    }
record-unlock-wait = Too many wrong tries. You can try again at { $time }.
record-unlock-wait-why = Nothing has been deleted. The wait is there to stop someone guessing in Refuge. The screen updates itself when you can try again.
record-unlock-forgot = Forgot it?
record-unlock-forgot-body = Nobody can recover a forgotten PIN or passphrase. You can erase the record and start a new one, but what it holds will be gone.

## The fields of an entry: a label and a hint each
record-field-occurred-at-label = When it happened
record-field-occurred-at-hint = As closely as you remember. If you leave it, it's now.
record-field-platform-label = Platform or app
record-field-platform-hint = For example Instagram, Snapchat, TikTok, a game.
record-field-account-label = Their account name or link
record-field-account-hint = Copy it exactly, letter for letter. The link to their profile helps even more.
record-field-demanded-label = What they asked for
record-field-demanded-hint = Money, more pictures, something else. Their own words if you can.
record-field-payments-label = Amounts and payment references
record-field-payments-hint = Amounts, gift card codes, account numbers, payment references. Even if nothing was paid.
record-field-threats-label = Threats
record-field-threats-hint = What they said they would do, and any deadline they gave.
record-field-told-label = Who knows
record-field-told-hint = A parent, a friend, the school, a helpline, the police.
record-field-report-refs-label = Report or case numbers
record-field-report-refs-hint = Numbers given by the platform, a helpline or the police.
record-field-notes-label = Notes
record-field-notes-hint = Anything else you want to remember.

## Locking
record-lock = Lock now
record-lock-auto = Your record locks itself after 2 minutes without use, when you minimise or hide Refuge, and with Quick exit.
record-locked = Your record locked itself. Unlock it to carry on.

## Erasing: the record alone, or everything
record-erase-title = Erase my record
record-erase-body = This erases your record from this device, with the key that locks it: what stays of its files on the disk can no longer be opened, not even with your PIN or passphrase. This works even if you've forgotten them.
record-erase-reach = It doesn't reach reports you saved or printed, or backups of this device: they keep what was there when they were made.
record-erase-report-first = If you might need it later, make a report first.
record-erase-confirm-title = Erase your record?
record-erase-confirm-yes = Erase my record
record-erase-done = Your record has been erased.
record-erase-everything-title = Erase everything
record-erase-everything-body = Erases your record and Refuge's settings on this device (language, country). Refuge will start as if new.
record-erase-everything-reach = It doesn't reach reports you saved or printed, or backups of this device.
record-erase-everything-confirm-title = Erase everything?
record-erase-everything-confirm-yes = Erase everything
record-erase-everything-cancel = Keep everything
record-erase-everything-done = Everything has been erased.

## Making a report, printing
record-export-title = Make a report
record-export-intro = A report lists your entries in the order things happened, to give to a helpline or the police.
record-export-warning = The report is not locked: anyone who opens the file can read it. Save it where nobody else can reach it, and delete it once you've handed it over.
record-print-warning = The printout is not locked, and neither is a file the print window saves (Print to file). Keep it where nobody else can reach it, and destroy it once you've handed it over.
record-export-text = Save as text
record-export-pdf = Save as PDF
record-export-print = Print
record-export-done = Report saved.

## The report itself, read by a helpline or the police
record-report-title = Record of what happened
record-report-made = Report made on { $when }
record-report-intro = Written in the Refuge app by the person it happened to, or by someone helping them. Entries are in the order things happened, as they were written.
record-report-count =
    { $count ->
        [one] 1 entry
       *[other] { $count } entries
    }
record-report-unreadable =
    { $count ->
        [one] 1 entry could not be read and is not in this report.
       *[other] { $count } entries could not be read and are not in this report.
    }
record-report-entry = Entry { $n } — { $when }
record-report-when = { $date } at { $time } (UTC{ $offset })
record-report-written = Written on { $written }
record-report-written-changed = Written on { $written }, last changed on { $changed }
record-report-page = Page { $page } of { $pages }

## What the record says for each error code (record-error-<code>)
record-error-input-too-long = This is too long to save. You can split it across two entries.
record-error-invalid-input = Some characters can't be saved. Try typing the text instead of pasting it.
record-error-invalid-date = That date doesn't work. Pick it again.
record-error-unknown-entry = This entry no longer exists.
record-error-record-corrupt = This entry can't be read. The others are safe.
record-error-record-locked = Your record locked itself. Unlock it to carry on.
record-error-record-not-created = Your record isn't set up yet.
record-error-record-exists = Your record is already set up.
record-error-invalid-secret = A PIN is exactly 6 digits; a passphrase has at least 8 characters.
record-error-weak-secret = This PIN is too easy to guess: it's a date, a pattern or one of the most common PINs. Choose another, or use four random words.
record-error-wrong-secret = Wrong PIN or passphrase.
record-error-locked-out = Too many wrong tries. Wait a moment before trying again.
record-error-storage = Refuge can't read or write your record on this device right now. Nothing has been deleted.
record-error-storage-busy = Another program is using your record. Close it, then try again.
record-error-storage-newer-version = Your record was made by a newer version of Refuge. Update Refuge to open it. It hasn't been changed.
record-error-storage-corrupt = Your record is damaged and can't be opened. It has been left exactly as it was.
record-error-storage-key-file = Your record's key file is missing or damaged, so your record can't be opened. Nothing has been deleted or moved. If you put back a copy of your record, put back its file journal.key too.
record-error-erase-incomplete = Some files could not be removed. Restart the device and try again.
record-error-crypto = This device couldn't lock or unlock your record just now (it may be short of memory). Close other apps and try again. Nothing has been deleted.
