package event

// Local is the one rule for a name that has an English and a Chinese form:
// the form of the reader's language (Chinese when zh is true) where the
// data gives it, the other form otherwise. Either form may be missing;
// both missing gives "".
func Local(en, nameZh string, zh bool) string {
	if zh && nameZh != "" || en == "" {
		return nameZh
	}
	return en
}

// NameIn is the event's name for a reader of Chinese (zh) or English.
func (e Event) NameIn(zh bool) string { return Local(e.Name, e.NameZh, zh) }

// NameIn is the venue's name for a reader of Chinese (zh) or English.
func (v Venue) NameIn(zh bool) string { return Local(v.Name, v.NameZh, zh) }

// SiteIn is the venue's site for a reader of Chinese (zh) or English.
func (v Venue) SiteIn(zh bool) string { return Local(v.Site, v.SiteZh, zh) }

// TitleIn is the session's title for a reader of Chinese (zh) or English.
func (s Session) TitleIn(zh bool) string { return Local(s.Title, s.TitleZh, zh) }

// HostIn is the session's host for a reader of Chinese (zh) or English.
func (s Session) HostIn(zh bool) string { return Local(s.Host, s.HostZh, zh) }

// NameIn is the delegation's name for a reader of Chinese (zh) or English.
func (d Delegation) NameIn(zh bool) string { return Local(d.Name, d.NameZh, zh) }

// HeadIn is the delegation head's name for a reader of Chinese (zh) or
// English.
func (d Delegation) HeadIn(zh bool) string { return Local(d.Head, d.HeadZh, zh) }
