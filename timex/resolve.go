package timex

import (
	"time"

	"github.com/dyad-events/dyad"
)

// Precisions of a publication date.
const (
	precNone = iota
	precYear
	precMonth
	precDay
)

// pubDate is a parsed publication date; fields below prec are 0.
type pubDate struct {
	y, m, d int
	prec    int
}

// parsePub parses "YYYY-MM-DD", "YYYY-MM" or "YYYY"; anything else gives a
// date of precision precNone.
func parsePub(s string) pubDate {
	for _, f := range []struct {
		layout string
		prec   int
	}{{"2006-01-02", precDay}, {"2006-01", precMonth}, {"2006", precYear}} {
		if len(s) != len(f.layout) {
			continue
		}
		t, err := time.Parse(f.layout, s)
		if err != nil || t.Year() < 1 {
			return pubDate{}
		}
		p := pubDate{y: t.Year(), prec: f.prec}
		if f.prec >= precMonth {
			p.m = int(t.Month())
		}
		if f.prec == precDay {
			p.d = t.Day()
		}
		return p
	}
	return pubDate{}
}

// time returns the publication day (meaningful at precDay).
func (p pubDate) time() time.Time {
	return time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC)
}

// calendarUnit reports whether a unit names a calendar period that "last",
// "next" and "this" can select.
func calendarUnit(u int) bool { return u == unitWeek || u == unitMonth || u == unitYear }

// modOffset is the shift a modifier gives a calendar period.
func modOffset(mod int) int {
	switch mod {
	case modLast:
		return -1
	case modNext:
		return 1
	}
	return 0
}

// shift resolves a publication date moved by k units: the day, the Monday of
// the week, the month or the year; ok is false when the publication date is
// not precise enough.
func shift(p pubDate, unit, k int) (Expr, bool) {
	switch unit {
	case unitDay, unitHour, unitWeek:
		if p.prec < precDay {
			return Expr{}, false
		}
		switch unit {
		case unitDay:
			return dayExpr(p.time().AddDate(0, 0, k), true)
		case unitHour:
			return dayExpr(p.time().AddDate(0, 0, k/24), true)
		}
		t := monday(p.time().AddDate(0, 0, 7*k))
		e, ok := dayExpr(t, true)
		e.Precision = dyad.PrecisionWeek
		return e, ok
	case unitMonth:
		if p.prec < precMonth {
			return Expr{}, false
		}
		n := p.y*12 + p.m - 1 + k
		return mkExpr(ymd{floorDiv(n, 12), n - floorDiv(n, 12)*12 + 1, 0}, dyad.PrecisionMonth, true)
	case unitYear:
		if p.prec < precYear {
			return Expr{}, false
		}
		return mkExpr(ymd{p.y + k, 0, 0}, dyad.PrecisionYear, true)
	}
	return Expr{}, false
}

// floorDiv divides rounding toward negative infinity.
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// isoWeekday returns 1 for Monday through 7 for Sunday.
func isoWeekday(t time.Time) int {
	if wd := int(t.Weekday()); wd != 0 {
		return wd
	}
	return 7
}

// monday returns the Monday of t's week.
func monday(t time.Time) time.Time { return t.AddDate(0, 0, 1-isoWeekday(t)) }

// weekdayDate resolves a weekday against the publication day: the most
// recent such day on or before it, strictly before it after "last", strictly
// after it after "next".
func weekdayDate(pub time.Time, wd, mod int) time.Time {
	pw := isoWeekday(pub)
	switch mod {
	case modNext:
		diff := (wd - pw + 7) % 7
		if diff == 0 {
			diff = 7
		}
		return pub.AddDate(0, 0, diff)
	case modLast:
		diff := (pw - wd + 7) % 7
		if diff == 0 {
			diff = 7
		}
		return pub.AddDate(0, 0, -diff)
	}
	return pub.AddDate(0, 0, -((pw - wd + 7) % 7))
}

// validDay reports whether d is a day of month m in year y (any leap year
// when y is 0).
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2000
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// closestYear chooses the year of a day and month that puts it closest to
// the publication date, an earlier date winning a tie. After "last" the date
// must come before publication, after "next" after it (the same month counts
// when the publication day is unknown). A weekday named with the date that
// does not fall on it costs half a year.
func closestYear(m, d, wd, mod int, p pubDate) (int, bool) {
	if p.prec < precMonth {
		return 0, false
	}
	best, bestCost, found := 0, 0, false
	for y := p.y - 1; y <= p.y+1; y++ {
		if !validDay(y, m, d) {
			continue
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		var diff, penalty int
		if p.prec == precDay {
			diff = int(t.Sub(p.time()).Hours() / 24)
			penalty = 183
		} else {
			diff = (y*12 + m) - (p.y*12 + p.m)
			penalty = 6
		}
		switch {
		case mod == modLast && (diff > 0 || diff == 0 && p.prec == precDay):
			continue
		case mod == modNext && (diff < 0 || diff == 0 && p.prec == precDay):
			continue
		}
		cost := 2 * abs(diff)
		if diff > 0 {
			cost++ // the past wins a tie
		}
		if wd != 0 && isoWeekday(t) != wd {
			cost += 2 * penalty
		}
		if !found || cost < bestCost {
			best, bestCost, found = y, cost, true
		}
	}
	return best, found
}

// closestMonth chooses the year of a month that puts it closest to the
// publication month, the past winning a tie; strictly before it after "last",
// strictly after it after "next".
func closestMonth(m, mod int, p pubDate) (int, bool) {
	if p.prec < precMonth {
		return 0, false
	}
	best, bestCost, found := 0, 0, false
	for y := p.y - 1; y <= p.y+1; y++ {
		diff := (y*12 + m) - (p.y*12 + p.m)
		if mod == modLast && diff >= 0 || mod == modNext && diff <= 0 {
			continue
		}
		cost := 2 * abs(diff)
		if diff > 0 {
			cost++
		}
		if !found || cost < bestCost {
			best, bestCost, found = y, cost, true
		}
	}
	return best, found
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
