"""Typed models of the data files in data/.

Field names are Dutch because the people who edit data/ write Dutch; every model
forbids unknown keys so a typo such as ``tekts:`` stops the build instead of
silently dropping a text.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, ClassVar, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

# Ids end up in HTML ids and in the keys of a reader's saved state, so they are
# kept to a form that is safe in both and never needs escaping.
Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=60),
    Field(description="Stabiele id: kleine letters, cijfers en streepjes (bijv. 'vraag-doelen')."),
]


class Translated:
    """Marks text a reader sees: the English edition must give it (data/en/, macros/overlay.py)."""


class OwnList:
    """Marks a word list that each language has its own of, of any length (search endings,
    the words the feedback helper points out): the English file replaces it whole."""


TRANSLATED = Translated()
OWN_LIST = OwnList()
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), TRANSLATED]
# How a language writes dates and numbers (BCP 47 language and region): each edition its own.
LocaleTag = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z]{2,3}-[A-Z]{2}$"),
    TRANSLATED,
    Field(description="Taal en land, bijv. 'nl-NL' of 'en-GB'."),
]
# A link to a guide page, relative to docs/, with an optional anchor.
PageLink = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9/_-]*\.md(?:#[a-z0-9_-]+)?$"),
    Field(description="Pagina in docs/, bijv. 'voorbereiden.md#stap-1'."),
]

# The page itself, without an anchor (the overview adds the checklist's own anchor).
PagePath = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9/_-]*\.md$"),
    Field(description="Pagina in docs/, zonder anker, bijv. 'voorbereiden.md'."),
]


# The kinds of meeting an entry applies to (ids from data/gesprekken.yml); none means all.
TypeTags = Annotated[
    list[Id],
    Field(
        description="Alleen bij deze gesprekken (ids uit data/gesprekken.yml); "
        "zonder dit veld geldt het voor elk gesprek.",
    ),
]


def _unique(kind: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for one in ids:
        if one in seen:
            raise ValueError(f"{kind}-id '{one}' komt twee keer voor")
        seen.add(one)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)
    # What a data file of this model is called in an error message ("checklist 'x': ...").
    naam: ClassVar[str] = ""
    # Lists whose entries must differ, checked before the model's own checks: the word for
    # one entry in a message → the list (a field or property) of entries with an id, or of
    # plain words.
    unique: ClassVar[dict[str, str]] = {}

    @model_validator(mode="after")
    def _entries_unique(self) -> Self:
        for kind, name in self.unique.items():
            _unique(kind, [one if isinstance(one, str) else one.id for one in getattr(self, name)])
        return self


class Plural(Strict):
    """A text that counts something, in its two forms."""

    een: Text = Field(description="Bij precies één, bijv. '1 doel'.")
    meer: Text = Field(description="Bij nul of meer dan één; {n} wordt het aantal.")

    @model_validator(mode="after")
    def _has_count(self) -> Plural:
        if "{n}" not in self.meer:
            raise ValueError("veld 'meer' moet {n} bevatten (het aantal)")
        return self


# --- Checklists -------------------------------------------------------------


class ChecklistItem(Strict):
    id: Id
    tekst: Text
    hint: Text | None = None
    link: PageLink | None = None
    gesprek: TypeTags = []


class ChecklistSection(Strict):
    unique: ClassVar[dict[str, str]] = {"item": "items"}
    id: Id
    titel: Text
    items: list[ChecklistItem] = Field(min_length=1)


class NextStep(Strict):
    tekst: Text = Field(description="De tekst van de link, bijv. 'Schrijf je feedback uit'.")
    link: PageLink


class Checklist(Strict):
    naam: ClassVar[str] = "checklist"
    # Items are keyed by checklist id + item id, so they must be unique across the sections.
    unique: ClassVar[dict[str, str]] = {"sectie": "secties", "item": "items"}
    id: Id
    titel: Text
    samenvatting: Text = Field(description="Eén regel voor de overzichtspagina.")
    intro: Text | None = None
    pagina: PagePath = Field(
        description="De pagina waar de checklist staat; het overzicht van checklists linkt ernaar.",
    )
    volgende: NextStep | None = Field(
        default=None, description="De volgende stap, als link onder de lijst als alles af is."
    )
    secties: list[ChecklistSection] = Field(min_length=1)

    @property
    def items(self) -> list[ChecklistItem]:
        return [item for section in self.secties for item in section.items]

    @property
    def kinds(self) -> dict[str, list[str]]:
        """Item id → its kinds of meeting, for the items that are only for some."""
        return {item.id: item.gesprek for item in self.items if item.gesprek}


# --- Templates (fill-in forms) ------------------------------------------------


class FieldType(StrEnum):
    kort = "kort"  # one line of text
    lang = "lang"  # several lines of text
    datum = "datum"
    lijst = "lijst"  # a numbered list of a fixed number of entries
    tabel = "tabel"  # rows with named columns


class Column(Strict):
    id: Id
    label: Text
    soort: Literal[FieldType.kort, FieldType.datum] = FieldType.kort


class SavedView(Strict):
    """What the reader saved elsewhere, shown read-only with a field (on screen and on
    paper), so it lives in one place and is never copied over an answer."""

    bron: Literal["smart", "successen", "afspraken"] = Field(
        description="smart: de doelen van Formuleer een SMART-doel; successen: Mijn "
        "successen; afspraken: de actiepunten uit het gespreksverslag."
    )
    nummer: int | None = Field(
        default=None, ge=1, le=10, description="Alleen bij 'smart': welk doel (1 is het eerste)."
    )
    sjabloon: Id | None = Field(
        default=None, description="Alleen bij 'afspraken': het sjabloon met de tabel."
    )
    veld: Id | None = Field(default=None, description="Alleen bij 'afspraken': de tabel.")
    titel: Text = Field(description="De kop boven de lijst.")
    leeg: Text = Field(description="Wat er staat zolang er niets bewaard is.")
    link: PageLink = Field(description="De pagina waar de lezer het invult.")
    linktekst: Text
    regels: int | None = Field(
        default=None,
        ge=1,
        le=10,
        description="Schrijfruimte op papier zolang er niets bewaard is (en bij Leeg afdrukken). "
        "Dan staat het getoonde als eigen onderdeel vóór het veld, zoals het SMART-doel.",
    )

    @model_validator(mode="after")
    def _number_for_goals(self) -> SavedView:
        if self.nummer is not None and self.bron != "smart":
            raise ValueError("veld 'nummer' hoort alleen bij bron 'smart'")
        if (self.sjabloon is None or self.veld is None) == (self.bron == "afspraken"):
            raise ValueError("'sjabloon' en 'veld' horen (alleen) bij bron 'afspraken'")
        return self


class TemplateField(Strict):
    id: Id
    label: Text | None = Field(
        default=None, description="Verplicht, behalve als 'vraag' het label levert."
    )
    vraag: Id | None = Field(
        default=None, description="Id van een vraag in data/vragen.yml; die vraag wordt het label."
    )
    soort: FieldType
    uitleg: Text | None = None
    regels: int = Field(
        default=1,
        ge=1,
        le=30,
        description="Schrijfruimte op papier: regels per invoer (bij 'lang') of per rij.",
    )
    aantal: int | None = Field(
        default=None, ge=1, le=20, description="Aantal invoeren ('lijst') of lege rijen ('tabel')."
    )
    kolommen: list[Column] | None = None
    bespreekpunt: bool = Field(
        default=False,
        description="Een knop zet het antwoord bij Mijn bespreekpunten.",
    )
    overnemen: Id | None = Field(
        default=None,
        description="Alleen bij 'tabel': de kolom die de bespreekpunten overneemt als hij leeg is.",
    )
    toon: SavedView | None = Field(
        default=None, description="Toon boven het veld wat de lezer elders bewaarde."
    )
    gesprek: TypeTags = Field(
        default=[],
        description="Alleen bij deze gesprekken; bij 'vraag' geldt die van de vraag als dit "
        "veld ontbreekt.",
    )

    @model_validator(mode="after")
    def _fits_type(self) -> TemplateField:
        if (self.label is None) == (self.vraag is None):
            raise ValueError("geef precies één van 'label' of 'vraag'")
        needs_count = self.soort in (FieldType.lijst, FieldType.tabel)
        if needs_count and self.aantal is None:
            raise ValueError(f"veld 'aantal' is verplicht bij soort '{self.soort}'")
        if not needs_count and self.aantal is not None:
            raise ValueError(f"veld 'aantal' hoort niet bij soort '{self.soort}'")
        if self.soort is FieldType.tabel:
            if not self.kolommen:
                raise ValueError("veld 'kolommen' is verplicht bij soort 'tabel'")
            _unique("kolom", [column.id for column in self.kolommen])
        elif self.kolommen is not None:
            raise ValueError(f"veld 'kolommen' hoort niet bij soort '{self.soort}'")
        columns = [column.id for column in self.kolommen or []]
        if self.overnemen is not None and self.overnemen not in columns:
            raise ValueError(f"veld 'overnemen': kolom '{self.overnemen}' staat niet in de tabel")
        return self


class TemplateSection(Strict):
    id: Id
    titel: Text
    velden: list[TemplateField] = Field(min_length=1)


class Template(Strict):
    naam: ClassVar[str] = "sjabloon"
    unique: ClassVar[dict[str, str]] = {"sectie": "secties", "veld": "fields"}
    id: Id
    titel: Text
    samenvatting: Text = Field(description="Eén regel voor de overzichtspagina.")
    intro: Text
    secties: list[TemplateSection] = Field(min_length=1)

    @property
    def fields(self) -> list[TemplateField]:
        return [field for section in self.secties for field in section.velden]


# --- Expected questions (feed the question page and the practice template) ---


class Question(Strict):
    id: Id
    vraag: Text
    waarover: Text = Field(description="Waar de vraag eigenlijk over gaat.")
    aanpak: Text = Field(description="Hoe je je antwoord aanpakt.")
    gesprek: TypeTags = []


class QuestionList(Strict):
    naam: ClassVar[str] = "vragenlijst"
    unique: ClassVar[dict[str, str]] = {"vraag": "vragen"}
    vragen: list[Question] = Field(min_length=1)


# --- Comparison table (functioneringsgesprek next to beoordelingsgesprek) ------


class ComparisonColumn(Strict):
    id: Id
    kop: Text


class ComparisonRow(Strict):
    id: Id
    kop: Text
    cellen: dict[str, Text] = Field(description="Per kolom-id de tekst in die cel.")


class Comparison(Strict):
    naam: ClassVar[str] = "vergelijking"
    unique: ClassVar[dict[str, str]] = {"kolom": "kolommen", "rij": "rijen"}
    titel: Text = Field(description="Onderschrift van de tabel.")
    kolommen: list[ComparisonColumn] = Field(min_length=2)
    rijen: list[ComparisonRow] = Field(min_length=1)

    @model_validator(mode="after")
    def _cells_fit_columns(self) -> Comparison:
        columns = [column.id for column in self.kolommen]
        for row in self.rijen:
            where = f"rijen '{row.id}' → veld 'cellen'"
            for column in columns:
                if column not in row.cellen:
                    raise ValueError(f"{where}: geen tekst voor kolom '{column}'")
            for key in row.cellen:
                if key not in columns:
                    raise ValueError(f"{where}: kolom '{key}' bestaat niet")
        return self


# --- Tools: the planner's steps and the feedback builder's words ----------------


class PlanStep(Strict):
    id: Id
    titel: Text = Field(description="Wat je doet, kort; ook de titel in je agenda.")
    tekst: Text = Field(description="Eén of twee zinnen uitleg.")
    dagen: int = Field(
        default=0,
        ge=-60,
        le=60,
        description="Dagen voor (negatief) of na (positief) het gesprek; 0 is de dag zelf.",
    )
    maanden: int = Field(default=0, ge=0, le=12, description="Maanden na het gesprek.")
    link: PageLink
    linktekst: Text = Field(description="De tekst van de link, bijv. 'Naar de checklist'.")

    @model_validator(mode="after")
    def _one_offset(self) -> PlanStep:
        if self.dagen and self.maanden:
            raise ValueError("geef 'dagen' of 'maanden', niet allebei")
        return self


class PlanMessages(Strict):
    """What planner.js says; {datum}, {tijd}, {naam} and {stappen} are filled in."""

    ingekort: Text = Field(description="Als de stappen dichter op elkaar staan dan gepland.")
    tijdfout: Text = Field(description="Bij een tijd die geen tijd is.")
    verweg: Text = Field(description="Bij een datum waarvan een stap na het jaar 9999 valt.")
    datumfout: Text = Field(description="Bij een datum die niet compleet is.")
    datum_voorbij: Text = Field(description="Bij een datum die al voorbij is.")
    gesprek_op: Text = Field(description="Als er een datum is: {datum}.")
    gesprek_om: Text = Field(description="Als er een datum en tijd is: {datum} en {tijd}.")
    om: Text = Field(description="Achter de datum van het gesprek in de tijdlijn: {tijd}.")
    voorbij: Text = Field(description="Achter de datum van een stap die voorbij is.")
    klaar: Text = Field(description="Na 'Maak mijn planning'.")
    alles_voorbij: Text = Field(description="Als geen stap meer in de agenda kan.")
    bestand: Text = Field(description="Na de download: {naam} en {stappen}.")
    stappen: Plural = Field(description="Het aantal stappen in het agendabestand.")
    stappen_voorbij: Plural = Field(description="Hoeveel stappen niet in het bestand staan.")


class PlanTexts(Strict):
    """What the planner says besides its steps."""

    herinnering: Text = Field(description="Bij de agendaknop: de herinneringen in het bestand.")
    datum: Text = Field(description="Label van het datumveld.")
    datum_uitleg: Text
    tijd: Text = Field(description="Label van het tijdveld.")
    tijd_uitleg: Text
    maak: Text = Field(description="De knop die de planning maakt.")
    agenda: Text = Field(description="De knop voor het agendabestand.")
    afdrukken: Text = Field(description="De afdrukknop.")
    tijdlijn: Text = Field(description="De kop boven de stappen.")
    zonder_datum: Text = Field(description="Boven de stappen, zolang er geen datum is.")
    meldingen: PlanMessages


class PlanOffsets(Strict):
    """When a step is, in words, under its date in the timeline; {n} is the number."""

    gesprek: Text = Field(description="De stap op de dag van het gesprek.")
    dag_voor: Text
    dag_na: Text
    dagen_voor: Plural
    dagen_na: Plural
    weken_voor: Plural
    weken_na: Plural
    maanden_na: Plural


class Plan(Strict):
    naam: ClassVar[str] = "planner"
    unique: ClassVar[dict[str, str]] = {"stap": "stappen"}
    teksten: PlanTexts
    stappen: list[PlanStep] = Field(min_length=1)
    wanneer: PlanOffsets

    @model_validator(mode="after")
    def _in_time_order(self) -> Plan:
        # Months come after every day offset (at most 60 days, about two months).
        order = [(step.maanden, step.dagen) for step in self.stappen]
        if order != sorted(order):
            raise ValueError("zet de stappen op volgorde van tijd")
        if (0, 0) not in order:
            raise ValueError("één stap is het gesprek zelf (dagen: 0)")
        return self


# --- Formuleer een SMART-doel (data/smart.yml) ------------------------------------------

# The five parts of a saved goal (tools.smart in macros/tools_registry.py), in this order.
SMART_FIELDS = ("specific", "measurable", "achievable", "relevant", "timeBound")


class SmartLetter(Strict):
    letter: Annotated[str, StringConstraints(pattern=r"^[A-Z]$")]
    veld: Literal["specific", "measurable", "achievable", "relevant", "timeBound"]
    voluit: Text = Field(description="De letter voluit, bijv. 'Specifiek'.")
    label: Text
    uitleg: Text


class SmartMessages(Strict):
    """What smart.js says; {letters} and {n} are filled in."""

    leeg: Text = Field(description="Waar het doel in woorden komt, zolang er niets is.")
    ontbreekt: Text = Field(description="Welke letters nog leeg zijn: {letters}.")
    compleet: Text = Field(description="Als bij elke letter iets staat.")
    voorbij: Text = Field(description="Bij een datum die al voorbij is.")
    verwijder_vraag: Text = Field(description="De vraag voor verwijderen: {n} is het doel.")
    verwijder_uitleg: Text
    niets: Text = Field(description="Kopiëren zonder doel.")


class SmartSentence(Strict):
    """A goal in words (browser/js/goal-words.js), in the helper and on smart-doelen."""

    doel_begin: Text = Field(description="Wat een lezer bij S vaak zelf al typt; valt weg.")
    doel_met_datum: Text = Field(description="Met een datum: {datum} en {wat}.")
    doel_zonder_datum: Text = Field(description="Zonder datum: {wat}.")


class SmartTool(Strict):
    naam: ClassVar[str] = "SMART-hulp"
    letters: list[SmartLetter]
    zin: SmartSentence
    doel: Text = Field(description="De naam van een doel; {n} is het nummer.")
    knop_doel: Text = Field(description="Onzichtbaar achter Kopieer en Verwijder: {n}.")
    in_woorden: Text
    kopieer: Text
    verwijder: Text
    nog_een: Text
    afdrukken: Text
    meldingen: SmartMessages

    @model_validator(mode="after")
    def _five_letters(self) -> SmartTool:
        if tuple(letter.veld for letter in self.letters) != SMART_FIELDS:
            wanted = ", ".join(SMART_FIELDS)
            raise ValueError(f"letters: precies deze velden, op volgorde: {wanted}")
        return self


# --- Mijn successen (data/successen.yml) ------------------------------------------------


class LabelHint(Strict):
    label: Text
    uitleg: Text


class SuccessExample(Strict):
    kop: Text
    wat: Text
    opbrengst: Text


class SuccessMessages(Strict):
    """What successes.js says; {datum}, {n}, {alle}, {van}, {tot} and so on are filled in."""

    opbrengst: Text = Field(description="Voor wat een succes opleverde.")
    verwijder: Text
    verwijder_naam: Text = Field(description="Onzichtbaar achter Verwijder: {datum}.")
    verwijder_vraag: Text
    verwijderd: Text
    successen: Plural
    deel: Text = Field(description="Als niet alles getoond wordt: {n} van {alle}.")
    telling: Text = Field(description="De regel met het aantal: {aantal}.")
    telling_periode: Text = Field(description="Met een periode: {aantal} en {periode}.")
    van_tot: Text = Field(description="Periode met begin en eind: {van} en {tot}.")
    vanaf: Text = Field(description="Periode met alleen een begin: {van}.")
    tot: Text = Field(description="Periode met alleen een eind: {tot}.")
    omgedraaid: Text = Field(description="Als de eerste dag na de laatste ligt.")
    datumfout: Text
    wat_fout: Text
    vol: Text = Field(description="Als de lijst vol is: {n}.")
    toegevoegd: Text = Field(description="Na toevoegen: {datum}.")


class SuccessesTool(Strict):
    naam: ClassVar[str] = "successen"
    nieuw: Text = Field(description="De kop van het formulier.")
    datum: LabelHint
    wat: LabelHint
    opbrengst: LabelHint
    voeg_toe: Text
    kop: Text
    leeg: Text = Field(description="Zolang er nog geen succes is.")
    voorbeeld: SuccessExample
    eerste: Text = Field(description="De knop onder het voorbeeld.")
    kies: Text = Field(description="Onzichtbare naam van de filters.")
    van: LabelHint
    tot: LabelHint
    volgorde: Text
    nieuwste: Text
    oudste: Text
    afdrukken: Text
    meldingen: SuccessMessages


# Lower case words with single spaces, as a reader might type them ("jij bent").
Phrase = Annotated[
    str,
    StringConstraints(pattern=r"^[a-zà-ÿ']+(?: [a-zà-ÿ']+)*$", max_length=40),
    Field(description="Kleine letters, woorden met één spatie ertussen, bijv. 'jij bent'."),
]


class FeedbackWord(Strict):
    id: Id
    vormen: Annotated[list[Phrase], OWN_LIST] = Field(
        min_length=1, description="De woorden of woordgroepen waar de helper op let."
    )
    tip: Text = Field(description="Een vriendelijke suggestie: wat je in plaats daarvan doet.")


class FeedbackMessages(Strict):
    """What browser/js/feedback-builder.js says."""

    harder: Text = Field(description="Boven de tips bij een deel.")


class FeedbackTexts(Strict):
    """The builder's own text (macros/render_feedback.py): its four parts, then the rest."""

    situatie: LabelHint
    effect: LabelHint
    wens: LabelHint
    positief: LabelHint
    bericht: Text = Field(description="De kop boven het bericht.")
    leeg: Text = Field(description="Waar het bericht komt, zolang er niets is.")
    kopieer: Text
    afdrukken: Text
    woorden_kop: Text = Field(description="De kop boven de lijst met woorden.")
    woorden_uitleg: Text


class FeedbackWords(Strict):
    naam: ClassVar[str] = "feedbackwoorden"
    unique: ClassVar[dict[str, str]] = {"woord": "woorden", "vorm": "forms"}
    sjabloon: Id = Field(
        description="Het sjabloon waarin de hulp schrijft; het heeft de velden situatie, "
        "effect, wens en positief."
    )
    meldingen: FeedbackMessages
    woorden: list[FeedbackWord] = Field(min_length=1)
    teksten: FeedbackTexts

    @property
    def forms(self) -> list[str]:
        return [form for word in self.woorden for form in word.vormen]


# Endings the search cuts off words (lower case letters only).
Suffix = Annotated[str, StringConstraints(pattern=r"^[a-z]+$", max_length=10)]


class SearchText(Strict):
    label: Text = Field(description="Het label van het zoekveld (voor schermlezers).")
    placeholder: Text
    uitleg: Text = Field(description="Hoe je het zoekveld met het toetsenbord gebruikt.")
    resultaten: Text = Field(description="De naam van de lijst met resultaten.")
    laden: Text = Field(description="Wat de schermlezer hoort terwijl zoeken laadt.")
    geen: Text = Field(description="Als niets gevonden is.")
    een: Text = Field(description="Als één resultaat gevonden is.")
    meer: Text = Field(description="Meer resultaten; {n} wordt het aantal.")
    fout: Text = Field(description="Als de zoekindex niet laadt.")
    achtervoegsels: Annotated[list[Suffix], OWN_LIST] = Field(
        min_length=1, description="Uitgangen die zoeken van een woord afhaalt, de langste eerst."
    )

    @model_validator(mode="after")
    def _count_placeholder(self) -> SearchText:
        if "{n}" not in self.meer:
            raise ValueError("veld 'meer' moet {n} bevatten (het aantal resultaten)")
        _unique("achtervoegsel", self.achtervoegsels)
        return self


class UpdateText(Strict):
    tekst: Text = Field(description="De melding als een nieuwe versie van de site klaarstaat.")
    knop: Text = Field(description="De knop die de nieuwe versie laadt.")


class SharedText(Strict):
    """What every page may say: notices, dialogs, copying (browser/js/ui.js and friends)."""

    let_op: Text = Field(description="Het begin van een melding, vet.")
    nee_terug: Text = Field(description="De knop die een vraag sluit zonder iets te doen.")
    ja_verwijder: Text = Field(description="De knop die iets verwijdert, na een vraag.")
    beschadigd_alles: Text = Field(description="Als alles wat bewaard was, onleesbaar was.")
    beschadigd_deel: Text = Field(
        description="Als een deel onleesbaar was; {delen} wordt de lijst van die delen."
    )
    beschadigd_knop: Text = Field(description="De knop die het onleesbare deel downloadt.")
    nieuwer: Text = Field(description="Als een nieuwere versie van de site bewaarde.")
    geen_opslag: Text = Field(description="Als de browser niets bewaart.")
    niet_geladen: Text = Field(description="Als de code van een hulpmiddel niet laadde.")
    gekopieerd: Text = Field(description="Na kopiëren.")
    kopieren_mislukt: Text = Field(description="Als kopiëren niet vanzelf lukt.")
    afgedrukt: Text = Field(description="Op papier, voor de datum van afdrukken.")


class ListsText(Strict):
    """What checklists and forms say (render_checklist.py, render_form.py, remember.js)."""

    afgevinkt: Text = Field(description="De voortgang: {n} van {alle}.")
    alles_afgevinkt: Text = Field(description="Onder een lijst als alles is afgevinkt.")
    volgende: Text = Field(description="Voor de link naar de volgende stap.")
    opnieuw: Text = Field(description="De knop die alle vinkjes weghaalt.")
    opnieuw_vraag: Text = Field(description="De vraag daarbij: {titel}.")
    opnieuw_uitleg: Text
    opnieuw_ja: Text
    hier_bewaard: Text = Field(description="Onder een lijst: {link} wordt 'Mijn gegevens'.")
    mijn_gegevens: Text = Field(description="De tekst van die link.")
    rij: Text = Field(
        description="Een rij van een tabel: {n}. Achter het label van een cel (render_form.py) "
        "en onzichtbaar achter Verwijder."
    )
    rij_verwijderen: Text = Field(description="Onzichtbare kop van de kolom met knoppen.")
    verwijder: Text
    rij_toevoegen: Text
    rij_aan: Text = Field(description="Onzichtbaar achter Rij toevoegen: {tabel}.")
    niet_opgeslagen: Text
    opgeslagen: Text = Field(description="Wanneer een formulier is opgeslagen: {tijd}.")


class ToolsText(Strict):
    geen_javascript: Text = Field(description="In een hulpmiddel als JavaScript uit staat.")


class ErrorsText(Strict):
    kop: Text = Field(
        description="De kop boven de lijst met fouten van een formulier met meer fouten."
    )


class FormText(Strict):
    """The print buttons under every form (macros/render_form.py) and what each does."""

    met_antwoorden: Text = Field(description="De knop die het formulier met antwoorden afdrukt.")
    met_antwoorden_uitleg: Text = Field(description="Achter de naam van die knop, in de uitleg.")
    leeg: Text = Field(description="De knop die een leeg formulier afdrukt.")
    leeg_uitleg: Text = Field(description="Achter de naam van die knop, in de uitleg.")
    kop_gesprek: Text = Field(description="Op papier: de datum van het gesprek (planner).")
    kop_tijd: Text = Field(description="Op papier: de tijd van het gesprek (planner).")
    kop_naam: Text = Field(description="Op papier: je naam (voorbereidingsformulier).")
    kop_leidinggevende: Text = Field(description="Op papier: je leidinggevende.")


class QuestionsText(Strict):
    """The two labels in each expected question (macros/render_content.py)."""

    waarover: Text = Field(description="Vet, voor waar de vraag over gaat.")
    aanpak: Text = Field(description="Vet, voor hoe je je antwoord aanpakt.")


class ReadMoreText(Strict):
    """The link under a checklist item that has one (macros/render_checklist.py)."""

    link: Text = Field(description="De tekst van de link.")
    over: Text = Field(description="Onzichtbaar achter de link, voor de tekst van het punt.")


class NotFoundText(Strict):
    titel: Text = Field(description="De kop van de pagina die niet bestaat (404).")
    tekst: Text
    link: Text = Field(description="De tekst van de link naar de startpagina.")


class Interface(Strict):
    taalcode: LocaleTag = Field(
        description="Hoe de browser datums en getallen schrijft: 'en-GB' geeft '16 March 2027'."
    )
    zoeken: SearchText
    update: UpdateText
    algemeen: SharedText
    lijsten: ListsText
    hulpmiddelen: ToolsText
    fouten: ErrorsText
    niet_gevonden: NotFoundText
    ankerlink: Text = Field(description="De titel van het #-teken naast elke kop (toc permalink).")
    formulier: FormText
    vragen: QuestionsText
    lees_meer: ReadMoreText


# --- Mijn gegevens (data/mijn-gegevens.yml) ----------------------------------------------


class ToolSummary(Strict):
    titel: Text = Field(description="De titel van de pagina van het hulpmiddel.")
    aantal: Plural | None = Field(
        default=None, description="Wat het bewaarde, geteld (bijv. '{n} doelen')."
    )
    datum: Text | None = Field(default=None, description="Met een datum: {datum}.")
    leeg: Text | None = Field(default=None, description="Zonder datum.")


class MyDataText(Strict):
    """What browser/js/data-tools.js says on Mijn gegevens; {…} parts are filled in."""

    naam: ClassVar[str] = "mijn gegevens"
    hulpmiddelen: dict[str, ToolSummary] = Field(
        description="Per hulpmiddel (macros/tools_registry.py) de titel en de samenvatting."
    )
    afgevinkt: Text = Field(description="Een checklist: {n} van {alle}.")
    antwoorden: Plural
    opgeslagen: Text = Field(description="Achter de antwoorden: {tijd}.")
    niets_bewaard: Text
    apart: Text = Field(description="Hoe vaak gegevens apart staan: {n}.")
    beschadigd_knop: Text
    mislukt: Text = Field(description="Het begin van een fout, vet.")
    niets_veranderd: Text
    exporteer: Text
    geexporteerd: Text = Field(description="Na exporteren: {naam}.")
    importeer: Text
    te_groot: Text = Field(description="{grootte} en {max} in MB.")
    geen_export: Text
    nieuwer: Text
    klopt_niet: Text = Field(description="{waar}: het deel dat niet klopt.")
    kopie: Text = Field(description="Een apart gezette kopie: {n}.")
    niets_bekend: Text
    vervangen: Text
    nu_en_straks: Text = Field(description="Per onderdeel: {nu} en {straks}.")
    niets: Text = Field(description="Wat er nu is als er niets is.")
    blijft: Text
    en_nog: Text = Field(description="Na tien plekken: {n}.")
    overgeslagen: Text = Field(description="{plekken}.")
    fout: Text = Field(description="{plekken}.")
    onleesbaar: Text
    terugzetten_vraag: Text
    terugzetten_ja: Text
    niet_veranderd: Text
    niet_bewaard: Text
    teruggezet: Text
    wis: Text
    wis_uitleg: Text
    wis_vraag: Text
    wis_ja: Text
    niet_gewist: Text
    gewist: Text
    wissen_mislukt: Text
    vraag_opslag: Text
    blijvend: Text
    geen_blijvend: Text
    nog_niet_blijvend: Text
    kan_niet_vragen: Text
    begin: Text = Field(description="Voor {waar} bij klopt_niet, als het hele bestand niet klopt.")


# --- The task list on the start page (data/taken.yml) ----------------------------------


class Signal(Strict):
    """One thing the reader saved that shows work on a task: a ticked checklist item, a
    filled-in template field or a tool's field. Give 'checklist' with 'item', or
    'sjabloon' or 'hulpmiddel' with 'veld'."""

    checklist: Id | None = None
    item: Id | None = None
    sjabloon: Id | None = None
    hulpmiddel: Id | None = None
    veld: Id | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> Signal:
        kinds = [self.checklist, self.sjabloon, self.hulpmiddel]
        if sum(kind is not None for kind in kinds) != 1:
            raise ValueError("geef precies één van 'checklist', 'sjabloon' of 'hulpmiddel'")
        if (self.checklist is None) != (self.item is None):
            raise ValueError("'item' hoort bij 'checklist', en 'checklist' heeft een 'item' nodig")
        if (self.checklist is None) == (self.veld is None):
            raise ValueError("'veld' hoort bij 'sjabloon' of 'hulpmiddel', en zij hebben het nodig")
        return self

    @property
    def path(self) -> list[str]:
        """Where it is in the saved state (the shape at the top of browser/js/state.js)."""
        if self.checklist is not None:
            return ["checklists", self.checklist, "items", str(self.item)]
        if self.sjabloon is not None:
            return ["templates", self.sjabloon, "fields", str(self.veld)]
        return ["tools", str(self.hulpmiddel), str(self.veld)]


class Task(Strict):
    id: Id
    titel: Text
    link: PageLink
    bezig: list[Signal] = Field(
        default=[], description="Is er één van deze, dan is de taak 'Bezig'."
    )
    klaar: list[Signal] = Field(
        min_length=1, description="Zijn ze er allemaal, dan is de taak 'Klaar'."
    )
    eerst: Id | None = Field(
        default=None,
        description="Een eerdere taak: tot die klaar is, 'Kan nog niet' (als je niet begon).",
    )


class TaskGroup(Strict):
    titel: Text
    taken: list[Task] = Field(min_length=1)


class TaskStatus(Strict):
    nieuw: Text = Field(description="Bijv. 'Niet begonnen'.")
    bezig: Text
    klaar: Text
    wacht: Text = Field(description="Bijv. 'Kan nog niet': een eerdere taak is nog niet klaar.")


class Countdown(Strict):
    """What the start page says once the planner knows the date ({n}, {stap}, {datum}
    are filled in by the browser)."""

    vandaag: Text
    morgen: Text
    dagen: Text = Field(description="Met {n}: het aantal dagen.")
    stap: Text = Field(description="Met {stap}: de stap van de planner voor vandaag.")
    volgende: Text = Field(description="Met {stap} en {datum}: de volgende stap.")


class ShortRoute(Strict):
    dagen: int = Field(ge=0, le=14, description="Bij zoveel dagen of minder verschijnt hij.")
    titel: Text
    tekst: Text
    taken: list[Id] = Field(min_length=1, description="De taken die dan het meest helpen.")


class TaskList(Strict):
    naam: ClassVar[str] = "takenlijst"
    unique: ClassVar[dict[str, str]] = {"taak": "tasks"}
    titel: Text
    status: TaskStatus
    aftellen: Countdown
    kort: ShortRoute
    groepen: list[TaskGroup] = Field(min_length=1)

    @property
    def tasks(self) -> list[Task]:
        return [task for group in self.groepen for task in group.taken]

    @model_validator(mode="after")
    def _ids(self) -> TaskList:
        ids = [task.id for task in self.tasks]
        for position, task in enumerate(self.tasks):
            if task.eerst is not None and task.eerst not in ids[:position]:
                raise ValueError(f"taak '{task.id}': 'eerst' moet een eerdere taak zijn")
        for wanted in self.kort.taken:
            if wanted not in ids:
                raise ValueError(f"kort → taken: taak '{wanted}' bestaat niet")
        return self


# --- Mijn bespreekpunten and the gesprekskaart: all their words -------------------


class PointsNew(Strict):
    label: Text
    uitleg: Text
    knop: Text


class PointsButtons(Strict):
    omhoog: Text
    omlaag: Text
    wijzig: Text
    verwijder: Text
    bewaar: Text
    annuleer: Text


class PointsMessages(Strict):
    toegevoegd: Text
    leeg_punt: Text
    vol: Text
    verplaatst: Text
    bovenaan: Text
    onderaan: Text
    gewijzigd: Text
    verwijderd: Text
    verwijder_vraag: Text
    verwijder_ja: Text


class PointsFieldButton(Strict):
    """The button by a template field marked 'bespreekpunt: true', and what it says back."""

    knop: Text
    toegevoegd: Text
    al: Text
    leeg: Text


class PointsAgenda(Strict):
    kop: Text
    gesprek: Text
    gesprek_tijd: Text
    intro: Text
    afdrukken: Text


class PointsSend(Strict):
    kop: Text
    uitleg: Text
    label: Text
    kopieer: Text
    mail: Text
    onderwerp: Text
    gekopieerd: Text
    niet_gekopieerd: Text


class PointsTakeOver(Strict):
    """The gespreksverslag: points into an empty table, deadlines into a calendar file."""

    knop: Text
    klaar: Text
    niet_leeg: Text
    geen: Text
    agenda_knop: Text
    agenda_bestand: Text = Field(description="Naam van het agendabestand; {datum} is vandaag.")
    agenda_klaar: Text
    agenda_geen: Text


class PointsExample(Strict):
    kop: Text
    punten: list[Text] = Field(min_length=1, description="Voorbeelden van bespreekpunten.")


class Points(Strict):
    nieuw: PointsNew
    lijst_kop: Text
    leeg: Text = Field(description="Zolang er geen punten zijn, boven het voorbeeld.")
    voorbeeld: PointsExample
    eerste: Text = Field(description="De ene knop zolang er geen punten zijn: naar het veld.")
    punt: Text = Field(description="Na elke knop voor een schermlezer, bijv. 'punt {n}'.")
    knoppen: PointsButtons
    meldingen: PointsMessages
    veld: PointsFieldButton
    agenda: PointsAgenda
    versturen: PointsSend
    overnemen: PointsTakeOver


class CardNames(Strict):
    kop: Text
    uitleg: Text
    jij: Text
    met: Text


class CardMeeting(Strict):
    kop: Text
    datum: Text
    tijd: Text
    jij: Text
    met: Text


class CardSection(Strict):
    """One part of the card: what a tool saved, or the answer to one template field."""

    id: Id
    kop: Text
    hulpmiddel: Id | None = None
    sjabloon: Id | None = None
    veld: Id | None = None
    aantal: int = Field(ge=1, le=5, description="Zoveel onderdelen passen op de kaart.")
    waar: Text = Field(description="Waar de rest staat, voor de regel 'En nog {n}'.")

    @model_validator(mode="after")
    def _one_source(self) -> CardSection:
        if (self.hulpmiddel is None) == (self.sjabloon is None):
            raise ValueError("geef precies één van 'hulpmiddel' of 'sjabloon'")
        if (self.sjabloon is None) != (self.veld is None):
            raise ValueError("'sjabloon' en 'veld' horen bij elkaar")
        return self


class Card(Strict):
    unique: ClassVar[dict[str, str]] = {"sectie": "secties"}
    intro: Text
    noscript: Text
    namen: CardNames
    afdrukken: Text
    gesprek: CardMeeting
    notities: Text
    meer: Text
    secties: list[CardSection] = Field(min_length=1)


# --- The kinds of meeting (data/gesprekken.yml) ---------------------------------------


class ConversationType(Strict):
    id: Id
    titel: Text = Field(description="Zoals in een zin, bijv. 'beoordelingsgesprek'.")
    uitleg: Text = Field(description="Eén regel: wat dit gesprek is.")


class TypeChoice(Strict):
    """The choice on the start page and on Voorbereiden, and how pages name the type."""

    vraag: Text = Field(description="De vraag boven de keuze (legend).")
    uitleg: Text
    meer: Text = Field(description="De tekst van de link naar de uitleg over het verschil.")
    link: PageLink
    geen: Text = Field(description="De keuze voor 'geen keuze': alles tonen.")
    gekozen: Text = Field(description="Statusregel na een keuze; {naam} is het gesprek.")
    niets: Text = Field(description="Statusregel zonder keuze.")
    geldt: Text = Field(description="Naast een punt dat niet bij elk gesprek hoort.")
    of: Text = Field(description="Tussen de laatste twee namen, bijv. 'of'.")
    afdruk: Text = Field(description="Het label in de kop van een afdruk en op de kaart.")
    kop: Text = Field(description="De kop van een blok 'wat anders is'; {naam} is het gesprek.")

    @model_validator(mode="after")
    def _placeholders(self) -> TypeChoice:
        for field in ("gekozen", "kop"):
            if "{naam}" not in getattr(self, field):
                raise ValueError(f"veld '{field}' moet {{naam}} bevatten (het gesprek)")
        return self


class TypeNote(Strict):
    """What differs on one page: a short text per type (not every type needs one)."""

    id: Id = Field(description="De naam die de pagina gebruikt: {{ gesprek_verschil('id') }}.")
    teksten: dict[str, list[Text]] = Field(
        description="Per gesprek-id de alinea's van het blok.", min_length=1
    )


class ConversationTypes(Strict):
    naam: ClassVar[str] = "gesprekken"
    unique: ClassVar[dict[str, str]] = {"gesprek": "soorten", "blok": "verschillen"}
    keuze: TypeChoice
    soorten: list[ConversationType] = Field(min_length=2)
    verschillen: list[TypeNote] = []

    @model_validator(mode="after")
    def _known(self) -> ConversationTypes:
        known = [kind.id for kind in self.soorten]
        for note in self.verschillen:
            for key in note.teksten:
                if key not in known:
                    raise ValueError(
                        f"verschillen '{note.id}' → veld 'teksten': gesprek '{key}' bestaat niet "
                        f"(wel: {', '.join(known)})"
                    )
        return self

    @property
    def names(self) -> dict[str, str]:
        return {kind.id: kind.titel for kind in self.soorten}
