package eval_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/dyad-events/dyad/eval"
)

func ExampleScore() {
	const gold = `{"id": "d1", "lang": "en", "text": "Russia and North Korea signed a treaty.", "events": [` +
		`{"source": "RUS", "target": "PRK", "cameo": "057", "root": "05", "quad": 1, "date": null, "evidence": "signed a treaty"},` +
		`{"source": "PRK", "target": "RUS", "cameo": "057", "root": "05", "quad": 1, "date": null, "evidence": "signed a treaty"}]}`
	docs, err := eval.ReadGold(strings.NewReader(gold), "example.jsonl")
	if err != nil {
		fmt.Println(err)
		return
	}
	preds := map[string][]eval.Pred{"d1": {
		{Source: "RUS", Target: "PRK", CAMEO: "057", Evidence: "signed"},
		{Source: "RUS", Target: "PRK", CAMEO: "057", Evidence: "signed"}, // a duplicate key counts once
	}}
	r := eval.Score("example.jsonl", docs, preds)
	row, _ := r.Row(eval.LevelRoot, eval.AllLangs)
	fmt.Printf("P=%.2f R=%.2f F1=%.2f\n", row.Precision, row.Recall, row.F1)
	r.WriteText(os.Stdout, true)
	// Output:
	// P=1.00 R=0.50 F1=0.67
	// example.jsonl: 1 documents; levels: root, cameo, quad
	//
	// level  lang    gold predicted matched pred matched gold      P      R     F1
	// root   all        2         1            1            1  1.000  0.500  0.667
	// root   en         2         1            1            1  1.000  0.500  0.667
	// cameo  all        2         1            1            1  1.000  0.500  0.667
	// cameo  en         2         1            1            1  1.000  0.500  0.667
	// quad   all        2         1            1            1  1.000  0.500  0.667
	// quad   en         2         1            1            1  1.000  0.500  0.667
	//
	// date   lang       n   correct     accuracy
	// date   all        0         0        0.000
	// date   en         0         0        0.000
	//
	// d1 (en)
	//   root   miss        PRK -> RUS 05  "signed a treaty"
	//   cameo  miss        PRK -> RUS 057  "signed a treaty"
	//   quad   miss        PRK -> RUS 1  "signed a treaty"
}
