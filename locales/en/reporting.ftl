# "Report it where it happens": the screens around the platform guides and the "I already paid"
# cards (core/src/reporting). Read by a teen, a friend and a parent alike.

reporting-platforms-title = Where is it happening?
reporting-platforms-intro = Choose the app. Its guide says which buttons to press to report the account, say you are under 18, block it after keeping proof, and lock your account down.
reporting-platforms-other = Another app
reporting-platforms-other-hint = The general steps, for any app
reporting-stale = This page was checked more than { $days } days ago: the app’s menus may have changed since. Look for the same words nearby.
reporting-basis-secondary = This step comes from another page than the platform’s own (see its source).
# How a step cites a page: its publisher and the page's date (or the day it was read).
reporting-citation = { $publisher } ({ $date })
reporting-sources-title = Sources
reporting-source-official = the platform’s or provider’s own page
reporting-payments-title = I already paid
reporting-payments-intro = Choose how the money was sent. Each card says what to do in the first hour, how to report it and what to keep. They will ask again: don’t pay more.
reporting-payments-common = Common in the country chosen: { $country }
reporting-payments-others = Other ways of paying
reporting-payments-all = Ways of paying
reporting-payments-other = Another way of paying
reporting-payments-other-hint = The general step, for any payment
