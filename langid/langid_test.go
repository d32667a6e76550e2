package langid

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dyad-events/dyad/lexicon"
)

func mustLoad(tb testing.TB) *Identifier {
	tb.Helper()
	id, err := Load(lexicon.FS)
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return id
}

func TestIdentify(t *testing.T) {
	id := mustLoad(t)
	tests := []struct {
		name, text, want string // want "" means ok=false
	}{
		// one news sentence per profiled language
		{"fr", "Le ministre des Affaires étrangères a reçu mardi son homologue chinois à Paris pour parler du commerce.", "fr"},
		{"fr no accents", "LE PRESIDENT A ANNONCE QU'IL NE SE RENDRAIT PAS AU SOMMET DE LA SEMAINE PROCHAINE", "fr"},
		{"en", "The foreign minister said on Tuesday that the talks with the rebels would resume next week.", "en"},
		{"en headline", "Police fire tear gas at protesters in the capital as anger over prices grows", "en"},
		{"es", "El gobierno anunció este jueves que expulsará a dos diplomáticos de la embajada por espionaje.", "es"},
		{"pt", "O presidente disse que o governo não vai aceitar as condições impostas pelos credores internacionais.", "pt"},
		{"it", "Il ministro degli Esteri ha incontrato ieri il suo omologo per discutere della crisi nel Mediterraneo.", "it"},
		{"de", "Der Außenminister hat am Dienstag die Regierung in Moskau aufgefordert, die Truppen sofort abzuziehen.", "de"},
		{"nl", "De minister van Buitenlandse Zaken heeft woensdag gezegd dat het kabinet geen nieuwe sancties wil.", "nl"},
		{"ru", "Министр иностранных дел заявил во вторник, что переговоры с соседней страной будут продолжены.", "ru"},
		{"ar", "قال وزير الخارجية يوم الثلاثاء إن المحادثات مع الجانب الآخر ستستأنف في الأسبوع المقبل.", "ar"},
		{"fr with english names", "Le président américain Joe Biden a reçu jeudi à la Maison Blanche le Premier ministre britannique, avec qui il a parlé de la guerre.", "fr"},
		{"ar with latin names", "استقبل الرئيس في القاهرة وفدا من منظمة NATO برئاسة الأمين العام Jens Stoltenberg.", "ar"},
		// texts that must give "unknown"
		{"empty", "", ""},
		{"too short", "Le président", ""},
		{"numbers", "12 345 678 90", ""},
		{"greek no profile", "Ο υπουργός Εξωτερικών δήλωσε την Τρίτη ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα.", ""},
		{"chinese no profile", "外交部长星期二表示，与邻国的会谈将于下周恢复。", ""},
		{"japanese no profile", "外務大臣は火曜日、隣国との協議を来週再開すると述べた。", ""},
		{"korean no profile", "외교부 장관은 화요일 이웃 나라와의 회담이 다음 주에 재개될 것이라고 말했다.", ""},
		{"hebrew no profile", "שר החוץ אמר ביום שלישי כי השיחות עם המדינה השכנה יחודשו בשבוע הבא.", ""},
		{"polish", "Minister spraw zagranicznych powiedział we wtorek, że rozmowy z sąsiednim krajem zostaną wznowione w przyszłym tygodniu.", ""},
		{"swedish", "Utrikesministern sa på tisdagen att samtalen med grannlandet kommer att återupptas nästa vecka.", ""},
		{"turkish", "Dışişleri bakanı salı günü komşu ülke ile görüşmelerin gelecek hafta yeniden başlayacağını söyledi.", ""},
		{"indonesian", "Menteri luar negeri mengatakan pada hari Selasa bahwa perundingan dengan negara tetangga akan dilanjutkan minggu depan.", ""},
		{"hungarian", "A külügyminiszter kedden azt mondta, hogy a szomszédos országgal folytatott tárgyalások a jövő héten folytatódnak.", ""},
		{"finnish", "Ulkoministeri sanoi tiistaina, että neuvottelut naapurimaan kanssa jatkuvat ensi viikolla.", ""},
		{"czech", "Ministr zahraničí v úterý řekl, že rozhovory se sousední zemí budou pokračovat příští týden.", ""},
		{"persian", "وزیر امور خارجه روز سه شنبه گفت که مذاکرات با کشور همسایه هفته آینده از سر گرفته می شود.", ""},
		{"ukrainian", "Міністр закордонних справ заявив у вівторок, що переговори з сусідньою країною відновляться наступного тижня.", ""},
		// fixed bugs
		{"capitals folded", "INDIGENAS RADICALIZAN PARALIZACION DE LAS CARRETERAS EN EL SUR DEL PAIS Y EN LA CAPITAL", "es"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := id.Identify(tt.text)
			if ok != (tt.want != "") || got != tt.want {
				t.Errorf("Identify(%.60q) = %q, %v; want %q", tt.text, got, ok, tt.want)
			}
		})
	}
}

func TestLanguages(t *testing.T) {
	got := strings.Join(mustLoad(t).Languages(), " ")
	if want := "ar de en es fr it nl pt ru"; got != want {
		t.Errorf("Languages() = %q, want %q", got, want)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"no profiles", fstest.MapFS{"fr/dates.txt": {Data: []byte("x\n")}}, "no <lang>/stopwords.txt found"},
		{"two fields", fstest.MapFS{"fr/stopwords.txt": {Data: []byte("# c\nle|la\tles\n")}}, "fr/stopwords.txt:2: want one field"},
		{"no words", fstest.MapFS{"fr/stopwords.txt": {Data: []byte("# only a comment\n")}}, "fr/stopwords.txt: no words"},
	}
	for _, tt := range tests {
		_, err := Load(tt.fsys)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Load error = %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestLongText(t *testing.T) {
	id := mustLoad(t)
	text := strings.Repeat("Le gouvernement a décidé de fermer les frontières avec le pays voisin. ", 5000)
	if got, ok := id.Identify(text); !ok || got != "fr" {
		t.Errorf("Identify(long French text) = %q, %v; want fr", got, ok)
	}
}

func BenchmarkIdentify(b *testing.B) {
	id := mustLoad(b)
	text := strings.Repeat("Le ministre des Affaires étrangères a reçu mardi son homologue chinois à Paris. ", 30)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		id.Identify(text)
	}
}
