package dyad

import (
	"encoding/json"
	"testing"
)

func TestActorJSON(t *testing.T) {
	for _, tt := range []struct {
		a    Actor
		want string
	}{
		{Actor{Text: "la Russie", Name: "Russia", Code: "RUS", Country: "RUS"},
			`{"text":"la Russie","name":"Russia","code":"RUS","country":"RUS","igo":null,"sector":""}`},
		{Actor{Text: "l'ONU", Name: "United Nations", Code: "IGOUNO", IGO: "UN"},
			`{"text":"l'ONU","name":"United Nations","code":"IGOUNO","country":null,"igo":"UN","sector":""}`},
	} {
		b, err := json.Marshal(tt.a)
		if err != nil || string(b) != tt.want {
			t.Errorf("Marshal(%+v) = %s, %v; want %s", tt.a, b, err, tt.want)
		}
		var back Actor
		if err := json.Unmarshal(b, &back); err != nil || back != tt.a {
			t.Errorf("Unmarshal(%s) = %+v, %v", b, back, err)
		}
	}
}
