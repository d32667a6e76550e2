module github.com/dyad-events/dyad

go 1.26.0

require (
	github.com/blevesearch/snowballstem v0.9.0
	golang.org/x/text v0.44.0
)
