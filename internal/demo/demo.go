// Package demo is the built-in sample programme: the China-ASEAN Education
// Cooperation Week 2025 in Guiyang as a coordinator would load it, with
// fictional people and three planted problems on 26 July so that the
// warnings have something to show. The file is written by ./gen from a
// fixed seed; edit the generator, never the JSON.
package demo

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"

	"caecw/internal/event"
)

//go:generate go run ./gen

//go:embed programme.json
var programmeJSON []byte

// Programme decodes the sample programme. Each call returns a fresh copy,
// so a caller may change it freely.
func Programme() (event.Programme, error) {
	var p event.Programme
	dec := json.NewDecoder(bytes.NewReader(programmeJSON))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return event.Programme{}, fmt.Errorf("demo programme: %w", err)
	}
	return p, nil
}

// JSON is the sample programme file as embedded, for writing it out as an
// example to edit. The slice is a copy.
func JSON() []byte {
	return bytes.Clone(programmeJSON)
}
