module github.com/dyad-events/dyad

go 1.26.0

require (
	github.com/kljensen/snowball v0.10.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)
