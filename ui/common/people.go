package common

import (
	"slices"
	"strings"

	"caecw/internal/event"
)

// InIDOrder is people in id order: people itself when it is (as
// PeopleLoadedMsg carries them), else a sorted copy.
func InIDOrder(people []event.Person) []event.Person {
	if slices.IsSortedFunc(people, byID) {
		return people
	}
	people = slices.Clone(people)
	slices.SortStableFunc(people, byID)
	return people
}

// FindPerson finds the person with id in people held in id order.
func FindPerson(people []event.Person, id string) (event.Person, bool) {
	i, ok := slices.BinarySearchFunc(people, id, func(p event.Person, id string) int { return strings.Compare(p.ID, id) })
	if !ok {
		return event.Person{}, false
	}
	return people[i], true
}

func byID(a, b event.Person) int { return strings.Compare(a.ID, b.ID) }
