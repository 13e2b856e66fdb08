#pragma once

class QLabel;
class QWidget;

// How a setting the administrator's policy decides is shown: the widget disabled, with "Set by
// your administrator" as its tooltip and in a small note beside it.
namespace LockedSetting {

// What to put in the layout for `widget`: the widget itself when `locked` is false, else a row of
// the locked widget and its note (named after the widget, "<objectName>Locked").
QWidget *shown(QWidget *widget, bool locked);

// Where the policy shows: which file sets things here, and what of it was ignored and why (for
// the helpdesk); nullptr when there is no policy file.
QLabel *policyNotice(QWidget *parent);

} // namespace LockedSetting
