"""Word lists of the languages with a curated profile (besides English, see :mod:`.en`).

One :class:`LanguageTable` per language, keyed by its ISO 639-1 code in
:data:`TABLES`. The fields mean what the fields of the same name of
:class:`summarizer.language.LanguageProfile` mean.

Every list but the abbreviations holds words as :func:`summarizer.language.fold`
leaves them: NFKC-normalised and case-folded runs of letters, marks and digits.
The lists are written as ordinary text and folded here (:func:`_words`), so
that German "dreißig" is stored as "dreissig" and Greek "κανείς" as "κανείσ",
as folding sees them. An apostrophe or a hyphen splits a word, so a list holds
the pieces that carry the meaning: French "n'a pas" is "n", "a", "pas".
Chinese and Japanese are not spaced: each Han or kana character is a word of
its own, so their lists hold single characters.

Abbreviations are in Punkt's form instead: lower case, the inner periods kept,
without the final period ("z.B." is "z.b", "EE.UU." is "ee.uu"). They are
words that are rarely the last of a sentence: "usw.", "etc.", "atd.", "т.д.",
"κλπ." end sentences as often as not, and are left out. Single letters are
left out (Punkt takes a letter and a period before a capitalised word for an
initial) but for the few that abbreviate a word before a number or a lower
case word (Czech "č. 5").

Two kinds of words are left out of the number words on purpose: indefinite
articles that are also the word for "one" (German "ein", French "un", Dutch
"een", Greek "ένα", Turkish "bir", Hindi "एक"), since a sentence that differs
from another by an article alone states the same fact (a real difference in
number shows in the other sentence's number word); and ordinals that are
mostly another word ("andra", "anden", "toinen" are also "other"; Italian and
Portuguese "secondo", "segundo" are also "according to").

The function words are kept short on purpose: a word left out only makes two
sentences that differ in it count as different, a word put in wrongly makes
two different facts one. Left out are the words that are also something else
("sein" is also "his"), the prepositions of a limit in time ("bis", "seit",
"until") and of an amount ("um 5 Prozent" is not "auf 5 Prozent"), and, where
the language drops the subject (Italian, Spanish, Portuguese, Czech, Finnish),
the first- and second-person forms of the auxiliaries ("ho visto" is "I saw",
"ha visto" "he saw"); other languages keep to the third person too.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``, folded (NFKC, case-folded)."""
    return frozenset(unicodedata.normalize("NFKC", text).casefold().split())


@dataclass(frozen=True)
class LanguageTable:
    """The curated word lists of one language.

    Parameters
    ----------
    name : str
        English name of the language ("German").
    abbreviations : frozenset of str
        Words that a period after them does not end a sentence with, in
        Punkt's form: lower case, inner periods kept, no final period
        ("z.b" for "z.B.", "ee.uu" for "EE.UU."). Only words rarely last in a
        sentence.
    negations : frozenset of str
        Folded words that turn a statement into its opposite ("nicht",
        "kein", "nie"; the "n" of French "n'est").
    number_words : frozenset of str
        Folded numbers written as words: cardinals and ordinals with their
        common inflections, and words for multiples and fractions.
    polar_words : frozenset of str
        Folded stop words that decide what a sentence states: directions and
        comparisons ("mehr" / "weniger", "vor" / "nach"), persons ("er" /
        "sie"), quantities ("alle", "einige", "nur").
    title_small_words : frozenset of str
        Folded words a title leaves in lower case (articles, short
        prepositions, conjunctions); empty for scripts without case.
    function_words : frozenset of str
        Folded closed-class words that carry no fact of their own: articles,
        prepositions, conjunctions, relative pronouns and demonstratives, the
        common forms of the auxiliary verbs and the copula, particles, and
        adverbs such as "auch", "sehr", "dann". Two near-identical sentences
        that differ in these words alone state the same fact, so none of them
        is a negation, a number word or a polar word, nor a modal verb, a time
        word, or a word with a meaning of its own (an adjective, a noun).
    ordinal_period : bool
        Whether the language writes an ordinal number as digits and a period
        ("am 3. Mai", "20. století"), so that a period after a number does not
        by itself end a sentence.
    ordinal_words : frozenset of str
        For a language with ``ordinal_period``: the folded words that follow an
        ordinal written "N.": the month names in the form used after a day
        ("Mai", Czech "května", Finnish "toukokuuta") and the nouns that news
        counts with ordinals ("Jahrhundert", "Platz", "Runde", "Mal"). A period
        after a number ends no sentence before one of them; before any other
        word it may ("endete 3:1. Die Fans ...").
    sentence_ends : str
        Characters that end a sentence in this language besides the universal
        :data:`summarizer.language.SENTENCE_ENDS` (the Greek question mark;
        the vertical bar that Hindi web text writes for the danda).
    closing_marks : str
        Quotation marks that close a quotation in this language besides the
        universal :data:`summarizer.language.CLOSING_MARKS` (German „…“ closes
        with “, Danish »…« with «).
    opening_marks : str
        The quotation marks that open a quotation in this language, when
        they differ from :data:`summarizer.language.OPENING_QUOTES` (German
        »…« opens with », Swedish ”…” with ”); empty for the universal ones.
    """

    name: str
    abbreviations: frozenset[str]
    negations: frozenset[str]
    number_words: frozenset[str]
    polar_words: frozenset[str]
    title_small_words: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()
    ordinal_period: bool = False
    ordinal_words: frozenset[str] = frozenset()
    sentence_ends: str = ""
    closing_marks: str = ""
    opening_marks: str = ""


GERMAN = LanguageTable(
    name="German",
    abbreviations=frozenset(
        """
        abb abg abs abt allg bd bhf bspw bsp bzgl bzw ca d.h dipl dr dt ehem engl ev evtl fa
        fr frl frz geb gebr gem gest ggf ggü hbf hl hr hrsg i.a i.d.r i.v inkl insb insbes ital
        jh jhd jun kap kath kfm lt mind mio mrd nr präs prof rd röm sen sog span st stv str
        tel tsd v.a vgl vors z.b z.hd z.t z.z zzgl jan feb apr jun jul aug sep sept okt nov dez
        art pl
        """.split()
    ),
    negations=_words(
        """
        nicht kein keine keinen keinem keiner keines keins nie niemals nimmer niemand
        niemanden niemandem niemands nichts nirgends nirgendwo weder ohne nein
        """
    ),
    number_words=_words(
        """
        null eins zwei zwo drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn
        vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig dreißig vierzig fünfzig
        sechzig siebzig achtzig neunzig hundert hunderte hunderten tausend tausende tausenden
        million millionen milliarde milliarden billion billionen dutzend dutzende halb halbe
        halben hälfte drittel viertel zweimal dreimal doppelt
        erste ersten erster erstes erstem zweite zweiten zweiter zweites zweitem
        dritte dritten dritter drittes drittem vierte vierten vierter viertes
        fünfte fünften fünfter fünftes sechste sechsten sechster siebte siebten siebter
        achte achten achter neunte neunten neunter zehnte zehnten zehnter
        """
    ),
    polar_words=_words(
        """
        ich mich mir mein meine meinen meinem meiner meines du dich dir dein deine deinen
        deinem deiner er ihn ihm seine seinen seinem seiner seines sie ihr ihre ihren ihrem
        ihrer ihres wir uns unser unsere unseren unserem unserer euch euer eure
        mehr weniger meist meisten wenigsten mindestens höchstens vor nach über unter oben
        unten gegen ab früher später vorher nachher zuvor danach
        alle allen aller alles einige einigen einiger wenige wenigen viele vielen vieler
        mehrere mehreren manche manchen beide beiden beider beides nur kaum
        """
    ),
    title_small_words=_words(
        """
        der die das des dem den ein eine einer eines einem einen und oder aber von vom zu zum
        zur im in am an auf für mit bei beim aus nach über unter vor gegen um durch bis als wie
        ist sind
        """
    ),
    # Left out of the function words: "bis" and "seit" ("bis 2010" is not
    # "seit 2010"), "um" ("um 5 Prozent" is not "auf 5 Prozent"), and "sein",
    # which is also "his".
    function_words=_words(
        """
        der die das des dem den ein eine einer eines einem einen denen deren dessen derer
        welche welcher welches welchem welchen dieser diese dieses diesem diesen dies jener
        jene jenes jenem jenen
        und oder aber sondern denn dass daß sowie sowohl als wie ob
        in im ins an am ans auf aus bei beim mit von vom zu zum zur für durch
        ist sind war waren sei seien wäre wären gewesen hat haben habe hatte hatten hätte
        hätten gehabt wird werden werde wurde wurden worden geworden würde würden
        auch ebenfalls ebenso sehr dann so ja doch zwar jedoch allerdings zudem außerdem
        daher deshalb also nämlich dabei damit dazu
        """
    ),
    ordinal_period=True,
    ordinal_words=_words(
        """
        januar jänner februar feber märz april mai juni juli august september oktober
        november dezember feb apr jun jul aug sep sept okt nov dez
        jahrhundert jahrhunderts jahrestag jahrestages jahrestags jubiläum jubiläums
        geburtstag geburtstages geburtstags todestag todestages todestags feiertag
        weihnachtsfeiertag advent jahr jahres lebensjahr lebensjahres quartal quartals
        halbjahr halbjahres tag tages woche platz platzes rang ranges stelle stock
        stockwerk etage obergeschoss liga bundesliga division runde spieltag spieltags
        etappe minute spielminute halbzeit hälfte satz wahlgang durchgang lesung mal
        klasse grades stufe auflage ausgabe fassung staffel folge kapitel jahrgang
        jahrgangs generation sitzung kongress parteitag legislaturperiode wahlperiode
        senat strafsenat kammer instanz armee korps regiment bataillon kompanie bezirk
        bezirks gemeindebezirk weltkrieg weltkrieges weltkriegs
        """
    ),
    closing_marks="“‘«‹›",
    opening_marks='"„‚»›«‹',
)

FRENCH = LanguageTable(
    name="French",
    abbreviations=frozenset(
        """
        mme mmes mlle mlles me dr pr prof mgr st ste sté av apr bd boul c.-à-d cf chap coll dép
        dir éd env ex fig gén p.ex tél vs janv févr avr juil sept oct nov déc
        """.split()
    ),
    negations=_words(
        """
        ne n pas jamais rien aucun aucune aucuns aucunes ni sans non nul nulle nullement guère
        """
    ),
    number_words=_words(
        """
        zéro deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze
        seize vingt vingts trente quarante cinquante soixante septante huitante nonante cent
        cents mille million millions milliard milliards billion billions dizaine dizaines
        douzaine douzaines vingtaine vingtaines centaine centaines millier milliers moitié
        demi demie quart tiers double triple premier première premiers premières deuxième
        deuxièmes second troisième quatrième cinquième sixième septième huitième neuvième
        dixième
        """
    ),
    polar_words=_words(
        """
        je moi tu toi il elle ils elles lui leur leurs nous vous eux mon ma mes ton ta tes son
        sa ses notre nos votre vos
        plus moins davantage mieux pire avant après sous dessus dessous contre
        tous tout toute toutes certains certaines quelques plusieurs peu beaucoup plupart
        nombreux nombreuses seul seule seuls seules seulement uniquement
        """
    ),
    title_small_words=_words(
        """
        le la les un une des de du et ou à au aux en sur pour par dans avec sans sous entre chez
        vers contre
        """
    ),
    function_words=_words(
        """
        le la les l un une des du de d au aux à en dans sur par pour avec chez
        et ou mais donc car que qu comme afin quant
        qui dont lequel laquelle lesquels lesquelles auquel auxquels duquel desquels où
        ce c cet cette ces ceci cela ça y
        est sont était étaient été être sera seront serait seraient fut furent soit soient
        a ont avait avaient eu avoir aura auront aurait auraient
        aussi également très puis alors ensuite ainsi toutefois cependant pourtant
        néanmoins notamment
        """
    ),
    closing_marks="›",
)

SPANISH = LanguageTable(
    name="Spanish",
    abbreviations=frozenset(
        """
        sr sra srta sres sras dña dª dr dra drs lic licda ing arq prof profa pdte gral cnel tte
        sgto cmdte excmo excma ilmo mons sto sta ud uds vd vds av avda ctra pza urb prov dpto
        depto núm nro pág págs art cap vol tel tfno tlf aprox admón ej p.ej vs a.m p.m s.m
        ee.uu ee uu jj.oo ff.aa ene feb abr ago sept oct nov dic
        """.split()
    ),
    negations=_words(
        """
        no ni nunca jamás nada nadie ningún ninguno ninguna ningunos ningunas sin tampoco
        """
    ),
    number_words=_words(
        """
        cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince
        dieciséis diecisiete dieciocho diecinueve veinte veintiún veintiuno veintiuna veintidós
        veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve
        treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento cientos
        doscientos doscientas trescientos trescientas cuatrocientos cuatrocientas quinientos
        quinientas seiscientos seiscientas setecientos setecientas ochocientos ochocientas
        novecientos novecientas mil miles millón millones billón billones millar millares
        decena decenas docena docenas centenar centenares mitad cuarto tercio doble triple
        primer primero primera primeros primeras segundo segunda segundos segundas tercer
        tercero tercera terceros terceras cuarta quinto quinta sexto sexta séptimo séptima
        octavo octava noveno novena décimo décima
        """
    ),
    polar_words=_words(
        """
        yo mí mi mis tú ti tu tus él ella ellos ellas su sus nosotros nosotras nuestro nuestra
        nuestros nuestras vosotros vosotras vuestro vuestra vuestros vuestras usted ustedes
        más menos mayor menor mejor peor antes después tras bajo encima debajo arriba abajo
        contra
        todo toda todos todas algún alguno alguna algunos algunas poco pocos pocas mucho
        mucha muchos muchas varios varias ambos ambas solo sólo solamente únicamente
        """
    ),
    title_small_words=_words(
        """
        el la los las lo un una unos unas de del al a y e o u en con por para sin sobre entre
        tras desde hasta
        """
    ),
    function_words=_words(
        """
        el la los las lo un una unos unas de del al a en con por para sobre
        y e o u pero sino que como pues
        quien quienes cual cuales cuyo cuya cuyos cuyas donde
        este esta estos estas ese esa esos esas aquel aquella aquellos aquellas esto eso
        es son era eran fue fueron sido será serán sería serían sea sean
        está están estaba estaban estuvo estuvieron
        ha han había habían habrá hubo haya hayan haber
        también muy luego entonces además así asimismo
        """
    ),
)

ITALIAN = LanguageTable(
    name="Italian",
    abbreviations=frozenset(
        """
        sig sigg sig.ra sig.na dott dott.ssa prof prof.ssa avv ing arch geom rag on sen dep dr
        mons egr gent f.lli pres segr amm magg ten gen p.es es ca cfr art vol cap pag pagg tel
        fig rif c.so p.zza v.le mld mln s.e vs feb apr giu lug ago sett ott nov dic
        """.split()
    ),
    negations=_words(
        """
        non né mai niente nulla nessuno nessuna nessun neanche nemmeno neppure senza no
        """
    ),
    number_words=_words(
        """
        zero due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici
        quindici sedici diciassette diciotto diciannove venti ventuno trenta quaranta cinquanta
        sessanta settanta ottanta novanta cento duecento trecento quattrocento cinquecento
        mille mila milione milioni miliardo miliardi decina decine dozzina dozzine centinaio
        centinaia migliaio migliaia metà mezzo doppio triplo primo primi prime seconda
        secondi terzo terza terzi terze quarto quarta quinto quinta sesto sesta settimo
        settima ottavo ottava nono nona decimo decima
        """
    ),
    polar_words=_words(
        """
        io me mio mia miei mie tu te tuo tua tuoi tue lui lei egli ella loro suo sua suoi sue
        noi nostro nostra nostri nostre voi vostro vostra vostri vostre
        più meno maggiore minore prima dopo sopra sotto contro oltre
        tutto tutta tutti tutte alcuni alcune qualche pochi poche molti molte parecchi
        diversi diverse vari varie entrambi entrambe solo soltanto solamente
        """
    ),
    title_small_words=_words(
        """
        il lo la i gli le un uno una di del dello della dei degli delle dell a al allo alla ai
        agli alle all da dal dalla dai dagli dalle dall in nel nello nella nei negli nelle nell
        su sul sulla sui sull con per tra fra e ed o
        """
    ),
    function_words=_words(
        """
        il lo la i gli le l un uno una di del dello della dei degli delle dell a al allo
        alla ai agli alle all da dal dallo dalla dai dagli dalle dall in nel nello nella nei
        negli nelle nell su sul sullo sulla sui sugli sulle sull con per tra fra
        e ed o oppure ma però che come quindi dunque
        cui quale quali dove
        questo questa questi queste quello quella quelli quelle quel quei quegli
        è sono era erano stato stata stati state essere sarà saranno sarebbe sarebbero
        sia siano fu furono ha hanno aveva avevano avuto avere avrà avranno avrebbe
        avrebbero abbia abbiano
        anche poi allora inoltre tuttavia così infatti cioè ovvero
        """
    ),
)

PORTUGUESE = LanguageTable(
    name="Portuguese",
    abbreviations=frozenset(
        """
        sr sra srs sras srta dr dra prof profa eng arq pe fr mons gov pres dep sen gen cel ten
        cap exmo exma ilmo v.exa sto sta av rod apto pg pág págs num vol art cf obs tel ex p.ex
        aprox séc i.e e.g vs jan fev abr jun jul nov
        """.split()
    ),
    negations=_words(
        """
        não nem nunca jamais nada ninguém nenhum nenhuma nenhuns nenhumas sem tampouco
        """
    ),
    number_words=_words(
        """
        zero dois duas três quatro cinco seis sete oito nove dez onze doze treze catorze
        quatorze quinze dezesseis dezasseis dezessete dezassete dezoito dezenove dezanove vinte
        trinta quarenta cinquenta sessenta setenta oitenta noventa cem cento duzentos duzentas
        trezentos trezentas quatrocentos quatrocentas quinhentos quinhentas seiscentos
        seiscentas setecentos setecentas oitocentos oitocentas novecentos novecentas mil
        milhares milhão milhões milhar bilhão bilhões bilião biliões trilhão trilhões dezena
        dezenas dúzia dúzias centena centenas metade terço dobro duplo triplo primeiro
        primeira primeiros primeiras segunda segundas terceiro terceira terceiros terceiras
        quarto quarta quinto quinta sexto sexta sétimo sétima oitavo oitava nono nona décimo
        décima
        """
    ),
    polar_words=_words(
        """
        eu mim meu minha meus minhas tu ti teu tua teus tuas você vocês ele ela eles elas seu
        sua seus suas dele dela deles delas nós nosso nossa nossos nossas vós vosso vossa
        mais menos maior menor melhor pior antes depois após sob acima abaixo contra
        todo toda todos todas algum alguma alguns algumas poucos poucas muitos muitas vários
        várias ambos ambas só somente apenas unicamente
        """
    ),
    title_small_words=_words(
        """
        o a os as um uma uns umas de do da dos das e ou em no na nos nas ao aos à às por pelo
        pela pelos pelas para com sem sobre entre
        """
    ),
    function_words=_words(
        """
        o a os as um uma uns umas de do da dos das em no na nos nas num numa ao aos à às
        por pelo pela pelos pelas para com sobre neste nesta deste desta nesse nessa desse
        dessa
        e ou mas porém que como pois contudo entretanto todavia
        quem qual quais cujo cuja cujos cujas onde
        este esta estes estas esse essa esses essas aquele aquela aqueles aquelas isto isso
        aquilo
        é são era eram foi foram sido será serão seria seriam seja sejam
        está estão estava estavam esteve estiveram
        tem têm tinha tinham teve tiveram ter terá terão teria teriam tenha tenham tido
        também então assim além
        """
    ),
)

DUTCH = LanguageTable(
    name="Dutch",
    abbreviations=frozenset(
        """
        dhr mevr mw mr dr drs ir ing prof ds mgr st gebr fa wnd burg gen bijv d.w.z o.a o.m
        m.b.t t.o.v i.p.v m.n t.a.v m.i.v n.a.v i.v.m d.d zgn ca ong nr blz pag art afd tel
        resp vgl evt incl excl mln mld mrd vs jan feb mrt apr jun jul aug sep sept okt nov dec
        """.split()
    ),
    negations=_words("niet geen nooit niemand niets niks nergens noch zonder nee neen"),
    number_words=_words(
        """
        nul één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien
        vijftien zestien zeventien achttien negentien twintig dertig veertig vijftig zestig
        zeventig tachtig negentig honderd honderden duizend duizenden miljoen miljoenen miljard
        miljarden biljoen tiental tientallen dozijn helft half halve kwart eerste tweede derde
        vierde vijfde zesde zevende achtste negende tiende tweemaal driemaal dubbel
        """
    ),
    polar_words=_words(
        """
        ik mij me mijn jij je jou jouw u uw hij hem zij ze haar wij we ons onze jullie hun hen
        meer minder meest minst vóór voordat na nadat boven onder tegen eerder later
        alle alles allen sommige enkele weinig weinigen veel vele velen meerdere beide beiden
        slechts alleen
        """
    ),
    title_small_words=_words(
        "de het een van en of in op aan met voor bij uit naar om over tot door als te"
    ),
    # "voor" is also "before", "tot" "until", "over" "in (a time)": left out.
    # "zijn" is "are" and "his".
    function_words=_words(
        """
        de het een in op aan met bij uit naar om door te
        en of maar dus want dat als zoals
        die wie wat welke waar waarin waarop dit deze er
        is zijn was waren geweest wordt worden werd werden geworden heeft hebben had hadden
        gehad zal zullen zou zouden
        ook zeer dan echter bovendien immers namelijk daarom zo
        """
    ),
)

SWEDISH = LanguageTable(
    name="Swedish",
    abbreviations=frozenset(
        """
        bl.a d.v.s dvs t.ex t.o.m fr.o.m f.d s.k p.g.a pga f.ö jfr ca kl nr resp ev inkl exkl
        enl milj mdr ordf doc fil.dr dr prof tel sid avd anm forts uppl jan feb apr jun jul
        aug sep sept okt nov dec
        """.split()
    ),
    negations=_words(
        "inte ej icke aldrig ingen inget inga ingenting ingenstans varken ingalunda nej"
    ),
    number_words=_words(
        """
        noll två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton
        sjutton arton nitton tjugo trettio fyrtio femtio sextio sjuttio åttio nittio hundra
        hundratals tusen tusentals miljon miljoner miljard miljarder biljon biljoner dussin
        hälften halv halva halvt kvart första tredje fjärde femte sjätte sjunde åttonde nionde
        tionde dubbelt
        """
    ),
    polar_words=_words(
        """
        jag mig min mitt mina du dig din ditt dina han honom hans hon henne hennes vi oss vår
        vårt våra ni er ert era dem deras
        mer mera mindre mest minst före efter innan över under ovan nedan mot upp ned ner
        uppåt nedåt
        alla allt några färre många flera flesta samtliga båda bägge bara endast enbart
        """
    ),
    title_small_words=_words(
        "en ett den det de och eller i på av till för med om från vid som ur mot"
    ),
    # "de" is "they" as well as "the", "utan" "without", "till" also "until":
    # left out (Danish and Norwegian "til" too).
    function_words=_words(
        """
        en ett den det denna detta dessa
        och eller men att som om så då än
        i på av för med från vid hos genom
        vilken vilket vilka vars där
        är var varit vara blir blev blivit bli har hade haft ha
        också även dock emellertid alltså därför således nämligen ju
        """
    ),
    opening_marks='"”’»',
)

DANISH = LanguageTable(
    name="Danish",
    abbreviations=frozenset(
        """
        bl.a ca dvs d.v.s f.eks fx hhv jf kl mht m.h.t nr pga p.g.a mio mia inkl ekskl evt iflg
        ifm vedr ang tlf hr dr prof st jan feb apr aug sept okt nov dec
        """.split()
    ),
    negations=_words("ikke ej aldrig ingen intet ingenting ingensteds hverken uden nej"),
    number_words=_words(
        """
        nul én ét to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten
        seksten sytten atten nitten tyve tredive fyrre halvtreds tres halvfjerds firs halvfems
        hundrede hundreder tusind tusinde tusinder million millioner milliard milliarder
        billion dusin halv halvt halvdelen halvdel kvart første tredje fjerde femte sjette
        syvende ottende niende tiende dobbelt
        """
    ),
    polar_words=_words(
        """
        jeg mig min mit mine du dig din dit dine han ham hans hun hende hendes vi os vores jer
        jeres dem deres
        mere mindre mest mindst før efter over under mod op ned opad nedad
        alle alt nogle færre mange flere fleste kun blot begge
        """
    ),
    title_small_words=_words("en et den det de og eller i på af til for med om fra ved som mod"),
    function_words=_words(
        """
        en et den det denne dette disse
        og eller men at som om så
        i på af for med fra ved hos gennem
        der hvilken hvilket hvilke hvor
        er var været være bliver blev blevet blive har havde haft have
        også dog imidlertid altså derfor nemlig jo således
        """
    ),
    ordinal_period=True,
    ordinal_words=_words(
        """
        januar februar marts april maj juni juli august september oktober november
        december feb apr aug sept okt nov dec
        århundrede århundredes jubilæum fødselsdag juledag påskedag pinsedag dag år
        plads pladsen række sal etage division runde etape gang halvleg minut kvartal
        sæson klasse udgave oplag bind årgang semester generation behandling kongres
        verdenskrig
        """
    ),
    closing_marks="«‹",
    opening_marks='"„»›',
)

NORWEGIAN = LanguageTable(
    name="Norwegian",
    abbreviations=frozenset(
        """
        bl.a ca dvs d.v.s f.eks jf kl mht m.h.t iht ift nr pga p.g.a mill mrd inkl ekskl evt
        iflg ifm vedr ang tlf tidl s.k pr hr dr prof st jan feb apr aug sep sept okt nov des
        """.split()
    ),
    negations=_words(
        "ikke ikkje inkje aldri ingen inga intet ingenting ingensteds verken hverken uten utan nei"
    ),
    number_words=_words(
        """
        null én ett eitt to tre fire fem seks sju syv åtte ni ti elleve tolv tretten fjorten
        femten seksten sytten atten nitten tjue tyve tretti tredve førti femti seksti sytti
        åtti nitti hundre hundrevis tusen tusenvis million millioner milliard milliarder
        billion dusin halv halvt halvparten halvdelen kvart første tredje fjerde femte sjette
        sjuende syvende åttende niende tiende dobbelt
        """
    ),
    polar_words=_words(
        """
        jeg eg meg min mitt mine du deg din ditt dine han ham hans hun ho henne hennes hennar
        vi oss vår vårt våre dere deres dem
        mer mindre mest minst før etter over under mot opp ned oppover nedover
        alle alt noen færre mange flere fleste bare kun begge
        """
    ),
    title_small_words=_words("en et ei den det de og eller i på av til for med om fra ved som mot"),
    function_words=_words(
        """
        en et ei den det denne dette disse
        og eller men at som om så
        i på av for med fra ved hos gjennom
        der hvor hvilken hvilket hvilke
        er var vært være blir ble blitt bli har hadde hatt ha
        også svært dog imidlertid altså derfor nemlig jo
        """
    ),
    ordinal_period=True,
    ordinal_words=_words(
        """
        januar februar mars april mai juni juli august september oktober november
        desember feb apr aug sep sept okt nov des
        århundre århundret jubileum bursdag fødselsdag juledag påskedag pinsedag dag år
        plass plassen etasje divisjon runde omgang etappe gang minutt kvartal sesong
        klasse trinn utgave opplag bind årgang semester generasjon behandling kongress
        verdenskrig
        """
    ),
)

FINNISH = LanguageTable(
    name="Finnish",
    abbreviations=frozenset(
        """
        esim ks mm ns ts vrt klo puh nro prof tri ent huom em ko milj mrd tuh
        kok kesk sd ps vihr vas kd liik
        """.split()
    ),
    negations=_words(
        """
        en et ei emme ette eivät enkä etkä eikä emmekä ettekä eivätkä enkö etkö eikö emmekö
        ettekö eivätkö älä älkää älköön älkööt ilman
        """
    ),
    number_words=_words(
        """
        nolla yksi yhden kaksi kahden kahta kolme kolmen kolmea neljä neljän neljää viisi
        viiden viittä kuusi kuuden kuutta seitsemän seitsemää kahdeksan kahdeksaa yhdeksän
        yhdeksää kymmenen kymmentä kymmeniä kymmenien yksitoista kaksitoista kolmetoista
        neljätoista viisitoista kuusitoista seitsemäntoista kahdeksantoista yhdeksäntoista
        kaksikymmentä kolmekymmentä neljäkymmentä viisikymmentä kuusikymmentä
        seitsemänkymmentä kahdeksankymmentä yhdeksänkymmentä sata sadan sataa satoja satojen
        tuhat tuhannen tuhatta tuhansia tuhansien miljoona miljoonan miljoonaa miljoonia
        miljoonien miljardi miljardin miljardia miljardeja miljardien puoli puolet puolen
        ensimmäinen ensimmäisen ensimmäistä ensimmäisenä kolmas kolmannen kolmatta neljäs
        neljännen viides viidennen kuudes kuudennen seitsemäs seitsemännen kahdeksas
        kahdeksannen yhdeksäs yhdeksännen kymmenes kymmenennen kahdesti
        """
    ),
    polar_words=_words(
        """
        minä mä minun minua minulle minut sinä sä sinun sinua sinulle sinut hän hänen häntä
        hänelle me meidän meitä meille te teidän teitä teille he heidän heitä heille
        enemmän vähemmän eniten vähiten ennen jälkeen yli alle ylös alas vastaan
        kaikki kaikkien kaikille kaikkea jotkut jotkin muutama muutaman harva harvat moni
        monet monta monia useat useita molemmat vain ainoastaan pelkästään
        """
    ),
    title_small_words=_words("ja tai sekä"),
    # "se" and "ne" are "he" and "they" in speech; "sitten" is also "ago".
    function_words=_words(
        """
        ja sekä tai mutta vaan että
        joka jota jonka jossa josta johon jolla jolle jolta jotka joita joiden joissa joista
        joihin joilla joille
        tämä tätä tämän tässä tästä tähän tällä tälle nämä näitä näiden
        on ovat oli olivat ollut olleet olla olisi olisivat ole
        myös erittäin siis kuitenkin lisäksi nimittäin kanssa kautta
        """
    ),
    ordinal_period=True,
    ordinal_words=_words(
        """
        tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta
        elokuuta syyskuuta lokakuuta marraskuuta joulukuuta
        vuosisata vuosisadan vuosisadalla vuosisadalta vuosipäivä vuosipäivää vuosipäivän
        vuosipäivänä syntymäpäivä syntymäpäivää syntymäpäivän syntymäpäivänä päivä päivänä
        sija sijan sijalla sijalle sijalta kerros kerroksen kerroksessa kerrokseen kerta
        kerran kertaa kierros kierroksen kierroksella kierrokselle erä erän erässä minuutti
        minuutin minuutilla kausi kauden kaudella luokka luokan luokalla luokalle painos
        painoksen sukupolvi sukupolven divisioona divisioonan armeija armeijan
        maailmansota maailmansodan maailmansodassa
        """
    ),
    opening_marks='"”’»',
)

RUSSIAN = LanguageTable(
    name="Russian",
    abbreviations=frozenset(
        """
        т.е т.к т.н т.ч т.о гг им ул просп пер пос дер обл проф акад доц канд ген св тов гр
        зам нач гл напр ст стр табл тел тыс млн млрд трлн янв февр апр авг сент окт нояб дек
        ок кв д корп пр пл наб п рис ред изд вып
        """.split()
    ),
    negations=_words(
        """
        не нет ни никто никого никому никем ничто ничего ничему ничем никогда нигде никуда
        ниоткуда никак никакой никакая никакое никакие никакого никакую никаких никаким
        никакими никакому нельзя без нисколько отнюдь
        """
    ),
    number_words=_words(
        """
        ноль нуль один одна одно одни одного одной одному одним одну одних два две двух двум
        двумя три трёх трех трём трем тремя четыре четырёх четырех четырём четырем четырьмя
        пять пяти пятью шесть шести шестью семь семи семью восемь восьми восемью девять
        девяти девятью десять десяти десятью одиннадцать двенадцать тринадцать четырнадцать
        пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать тридцать сорок
        пятьдесят шестьдесят семьдесят восемьдесят девяносто сто ста двести триста
        четыреста пятьсот шестьсот семьсот восемьсот девятьсот тысяча тысячи тысяч тысячу
        тысячей тысячами миллион миллиона миллионов миллиону миллионом миллионами миллиард
        миллиарда миллиардов миллиардами триллион триллиона триллионов десяток десятки
        десятков сотни сотен двое трое четверо пятеро половина половину половины четверть
        треть дважды трижды
        первый первая первое первые первого первой первому первым первых вторая второй
        второе вторые второго второму вторым вторых третий третья третье третьи третьего
        третьей третьих четвёртый четвертый четвёртая четвертая пятый пятая шестой шестая
        седьмой седьмая восьмой восьмая девятый девятая десятый десятая
        """
    ),
    polar_words=_words(
        """
        я меня мне мной мною ты тебя тебе тобой он его ему него нему ним нём нем она её ее ей
        ней неё нее ею оно мы нас нам нами вы вас вам вами они их им них ними мой моя моё мое
        мои твой твоя наш наша наше наши ваш ваша ваше ваши
        больше меньше более менее выше ниже до после над под против вверх вниз раньше позже
        все всё весь вся всех всем всеми всего некоторые несколько немного много многие
        многих мало только лишь оба обе обоих
        """
    ),
    title_small_words=_words(
        "и в во на с со к ко по о об от до из за для без под над при а но или у"
    ),
    function_words=_words(
        """
        в во на с со к ко по о об обо от из у за для при про
        и а но или либо что чтобы как который которая которое которые которого которой
        которому которым которых которую котором которыми кто где чем
        этот эта это эти этого этой этому этим этих эту этом тот та то те того той тому
        тем тех ту
        был была было были будет будут быть есть является являются являлся являлась
        являлось являлись бы же ли
        также тоже очень затем так поэтому однако ведь именно
        """
    ),
    closing_marks="“",
)

# Ukrainian writes "п'ять" with an apostrophe (ʼ U+02BC, a letter, or ' and ’,
# which split the word): both the whole words and the pieces are listed.
UKRAINIAN = LanguageTable(
    name="Ukrainian",
    abbreviations=frozenset(
        """
        т.зв т.ч т.б зокр напр див ст стор табл тел вул просп обл ім проф акад доц канд ген
        св гр заст рр тис млн млрд трлн буд кв корп пл
        """.split()
    ),
    negations=_words(
        """
        не ні ані ніхто нікого нікому ніким ніщо нічого нічому нічим ніколи ніде нікуди
        нізвідки ніяк ніякий ніяка ніяке ніякі ніякого ніякої ніяких ніяким жоден жодна жодне
        жодні жодного жодної жодних жодним жодному немає нема без
        """
    ),
    number_words=_words(
        """
        нуль один одна одне одні одного одної одному одним одну двоє троє два дві двох двом
        двома три трьох трьом трьома чотири чотирьох чотирьом чотирма пʼять пʼяти пʼятьох
        шість шести шістьох сім семи сімох вісім восьми вісьмох девʼять девʼяти десять десяти
        одинадцять дванадцять тринадцять чотирнадцять пʼятнадцять шістнадцять сімнадцять
        вісімнадцять девʼятнадцять двадцять тридцять сорок пʼятдесят шістдесят сімдесят
        вісімдесят девʼяносто сто ста двісті триста чотириста пʼятсот шістсот сімсот вісімсот
        девʼятсот тисяча тисячі тисяч тисячу тисячами мільйон мільйона мільйонів мільйонами
        мільярд мільярда мільярдів трильйон десяток десятки десятків сотні сотень половина
        половину половини чверть третина двічі тричі
        перший перша перше перші першого першої першому першим перших другий друга друге
        другі другого другої третій третя третє треті третього третьої четвертий четверта
        пʼятий пʼята шостий шоста сьомий сьома восьмий восьма девʼятий девʼята десятий
        десята
        дев ять яти ятьох ятнадцять ятдесят яносто ятсот ятий ята яте ятого ятої
        """
    ),
    polar_words=_words(
        """
        я мене мені мною ти тебе тобі тобою він його йому нього ньому ним вона її їй неї нею
        ній воно ми нас нам нами ви вас вам вами вони їх їм них ними мій моя моє мої твій
        твоя наш наша наше наші ваш ваша ваше ваші
        більше менше більш менш вище нижче до після над під проти вгору вниз раніше пізніше
        всі все весь вся всіх усі усе увесь уся усіх деякі кілька декілька небагато багато
        мало лише тільки обидва обидві обох
        """
    ),
    title_small_words=_words(
        "і й та в у на з із зі до від по про для без під над при за а але чи або"
    ),
    function_words=_words(
        """
        в у на з із зі від по про для при за о об
        і й та а але або чи що щоб як який яка яке які якого якої якому яким яких яку
        якій якими хто де ніж
        цей ця це ці цього цієї цьому цим цих цю той те ті того тієї тим тих ту
        був була було були буде будуть бути є є б би же ж
        також теж дуже так однак проте саме
        """
    ),
    closing_marks="“",
)

POLISH = LanguageTable(
    name="Polish",
    abbreviations=frozenset(
        """
        np tzw tj tzn m.in ok godz ul al pl nr mln mld tys św ks dr prof hab inż mgr lek doc
        płk ppłk gen mjr kpt por wg ww ws ds pn pt ur zm ang łac pkt ust art poz str tel woj
        pow gm m.st sp zob dyr prez przew
        """.split()
    ),
    negations=_words(
        """
        nie ani nigdy nikt nikogo nikomu nikim nic niczego niczemu niczym nigdzie nijak żaden
        żadna żadne żadnego żadnej żadnemu żadnym żadną żadnych żadnymi bez
        """
    ),
    number_words=_words(
        """
        zero jeden jedna jedno jednego jednej jednemu jednym jedną dwa dwie dwaj dwóch dwu
        dwom dwoma dwiema dwoje troje trzy trzej trzech trzem trzema cztery czterej czterech
        czterem czterema pięć pięciu pięcioma sześć sześciu siedem siedmiu osiem ośmiu
        dziewięć dziewięciu dziesięć dziesięciu jedenaście dwanaście trzynaście czternaście
        piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście dwadzieścia trzydzieści
        czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt
        dziewięćdziesiąt sto stu dwieście trzysta czterysta pięćset tysiąc tysiąca tysiące
        tysięcy milion miliona miliony milionów miliard miliarda miliardy miliardów bilion
        dziesiątki dziesiątek setki setek połowa połowę połowy ćwierć dwukrotnie trzykrotnie
        pierwszy pierwsza pierwsze pierwszego pierwszej pierwszych drugi druga drugie
        drugiego drugiej drugich trzeci trzecia trzecie trzeciego trzeciej czwarty czwarta
        piąty piąta szósty szósta siódmy siódma ósmy ósma dziewiąty dziewiąta dziesiąty
        dziesiąta
        """
    ),
    polar_words=_words(
        """
        ja mnie mi mną ty ciebie cię tobie ci tobą on jego go jemu mu niego niemu nim ona jej
        ją nią niej ono my nas nam nami wy was wam wami oni one ich im nich nimi mój moja moje
        moi twój twoja nasz nasza nasze nasi wasz wasza wasze
        więcej mniej bardziej najbardziej przed nad pod przeciw przeciwko powyżej poniżej
        wcześniej później
        wszyscy wszystkie wszystko wszystkich niektórzy niektóre kilka kilku kilkanaście
        kilkunastu wiele wielu niewiele mało tylko jedynie oba obaj obie obu
        """
    ),
    title_small_words=_words("i w we z ze na do od o po za przez dla oraz lub a ale że u"),
    # "do" is also "until" ("od 2010" is not "do 2010") and "po" "after":
    # left out.
    function_words=_words(
        """
        w we z ze na od o za przez dla u przy
        i oraz a ale lub albo czy że żeby aby jak który która które którego której
        któremu którym którzy których którą kto gdzie niż
        ten ta to te tego tej temu tym tych tę tą
        jest są był była było byli były będzie będą być został została zostało zostali
        zostały zostanie zostaną by
        też także również bardzo więc jednak natomiast zaś bowiem
        """
    ),
    ordinal_period=True,
    ordinal_words=_words(
        """
        stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października
        listopada grudnia
        wiek wieku rocznica rocznicy rocznicę urodziny urodzin miejsce miejscu miejsca
        pozycja pozycji pozycję piętro piętrze piętra liga lidze ligi runda rundzie rundy
        kolejka kolejce kolejki tura turze tury etap etapie etapu minuta minucie minuty
        sezon sezonie sezonu klasa klasie klasy wydanie wydaniu wydania edycja edycji
        kongres kongresie zjazd zjazdu kadencja kadencji sesja sesji posiedzenie
        posiedzeniu posiedzenia armia armii pułk pułku dywizja dywizji
        """
    ),
)

# Czech joins "ne" to the verb ("není", "nemá"): the negated forms of the
# verbs that are stop words are listed (other negated verbs differ as words).
CZECH = LanguageTable(
    name="Czech",
    abbreviations=frozenset(
        """
        tzv např resp tj tzn mj popř příp zejm vč kupř mld mil tis č ul str tel kap odst písm
        sv gen plk pplk mjr kpt por ing mgr bc doc prof dr judr mudr phdr rndr mvdr paeddr csc
        drsc ph.d býv čj č.j j cca tř nábř
        """.split()
    ),
    negations=_words(
        """
        ne ani nikdo nikoho nikomu nikým nic ničeho ničemu ničím nikdy nikde nikam nijak
        žádný žádná žádné žádného žádnému žádnou žádných žádným žádnými bez
        není nejsou nejsem nejsi nejsme nejste nebyl nebyla nebylo nebyli nebyly nebude
        nebudou nebudeme nebudu nemá nemají nemám nemáme neměl neměla neměli nemůže nemohou
        nemůžeme nemohl nemohla nemohli nechce nechtějí nechtěl nechtěla nesmí nemusí nelze
        """
    ),
    number_words=_words(
        """
        nula jeden jedna jedno jednoho jedné jednomu jedním dva dvě dvou dvěma tři tří třem
        třemi čtyři čtyř čtyřem čtyřmi pět pěti šest šesti sedm sedmi osm osmi devět devíti
        deset deseti jedenáct dvanáct třináct čtrnáct patnáct šestnáct sedmnáct osmnáct
        devatenáct dvacet třicet čtyřicet padesát šedesát sedmdesát osmdesát devadesát sto
        sta stě set tisíc tisíce tisících milion miliony milionů milión milióny miliónů
        miliarda miliardy miliard bilion desítky desítek stovky stovek polovina
        polovinu poloviny čtvrtina třetina dvakrát třikrát
        první prvního prvním druhý druhá druhé druhého druhou třetí třetího čtvrtý čtvrtá
        čtvrté pátý pátá páté šestý šestá sedmý sedmá osmý osmá devátý devátá desátý desátá
        """
    ),
    polar_words=_words(
        """
        já mě mne mi mně mnou ty tebe tě tobě ti tebou on jeho ho jemu mu něj něho němu ním
        něm ona její jí ji ní ni ono my nás nám námi vy vás vám vámi oni ony jich jim nich
        nim nimi můj moje tvůj tvoje náš naše naši váš vaše jejich
        více víc méně nejvíce nejméně před nad pod proti nahoru dolů dříve později
        všichni všechny všechno vše všech někteří některé několik několika málo mnoho jen
        jenom pouze oba obě obou
        """
    ),
    title_small_words=_words("a i v ve na z ze s se do od o u k ke po za pro při nebo ale"),
    # Left out: "do" (also "until"), "po" ("after"), "přes" ("over"), "o"
    # ("o 5 %" is not "na 5 %"), the first- and second-person "jsem", "jsme"...
    function_words=_words(
        """
        v ve na z ze s od u k ke za pro při
        a i nebo ale však že aby jak který která které kterého kterému kterou kterým
        kterých kteří kterými jenž jež kde co než
        ten ta to tento tato toto tyto tohoto této tomto tomu tím těch
        je jsou byl byla bylo byli byly bude budou být by
        také též velmi pak proto totiž tedy ovšem
        """
    ),
    ordinal_period=True,
    ordinal_words=_words(
        """
        ledna února března dubna května června července srpna září října listopadu
        prosince
        století výročí narozeniny narozenin místo místě místa pozice pozici patro patře
        patra liga lize ligy kolo kole kola ročník ročníku ročníkem třída třídě třídy
        vydání díl dílu dílem vlna vlně vlny stupeň stupně stupni minuta minutě minuty
        třetině třetiny poločas poločase poločasu sezona sezóna sezoně sezóně sezony
        sezóny etapa etapě etapy čtení sjezd sjezdu sjezdem zasedání armáda armády
        armádě pluk pluku divize obvod obvodu světová světové světovou
        """
    ),
    closing_marks="“‘«",
    opening_marks='"„‚»›',
)

# Greek is folded like any text: "κανείς" is "κανείσ" (case folding turns
# the final sigma into σ), and the lists are folded the same way.
GREEK = LanguageTable(
    name="Greek",
    abbreviations=frozenset(
        """
        κ κα δρ π.χ π.μ μ.μ δηλ βλ σελ κεφ αρ αριθ τηλ οδ λεωφ υπ καθ αγ εκατ δισ τρισ χιλ
        ιαν φεβ μαρ απρ ιουν ιουλ αυγ σεπτ οκτ νοεμ δεκ
        """.split()
    ),
    negations=_words(
        """
        δεν δε μην μη όχι ποτέ κανείς κανένας κανέναν κανενός κανένα καμία καμιά καμίας
        τίποτα τίποτε χωρίς ούτε ουδέποτε
        """
    ),
    number_words=_words(
        """
        μηδέν δύο δυο τρία τρεις τριών τέσσερα τέσσερις τεσσάρων πέντε έξι επτά εφτά οκτώ
        οχτώ εννέα εννιά δέκα έντεκα ένδεκα δώδεκα δεκατρία δεκατρείς δεκατέσσερα
        δεκατέσσερις δεκαπέντε δεκαέξι δεκαεπτά δεκαεφτά δεκαοκτώ δεκαοχτώ δεκαεννέα
        δεκαεννιά είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα εκατό
        εκατόν διακόσια διακόσιοι διακόσιες τριακόσια τριακόσιοι τριακόσιες τετρακόσια
        πεντακόσια χίλια χίλιοι χίλιες χιλιάδα χιλιάδες χιλιάδων εκατομμύριο εκατομμύρια
        εκατομμυρίων δισεκατομμύριο δισεκατομμύρια δισεκατομμυρίων τρισεκατομμύριο
        τρισεκατομμύρια δεκάδες εκατοντάδες μισό μισή μισός μισά διπλάσιο τριπλάσιο
        πρώτος πρώτη πρώτο πρώτοι πρώτες πρώτα πρώτου πρώτης πρώτων δεύτερος δεύτερη δεύτερο
        δεύτεροι δεύτερες δεύτερα δεύτερου δεύτερης τρίτος τρίτη τρίτο τρίτου τρίτης
        τέταρτος τέταρτη τέταρτο πέμπτος πέμπτη πέμπτο έκτος έκτη έκτο έβδομος έβδομη όγδοος
        όγδοη ένατος ένατη δέκατος δέκατη
        """
    ),
    polar_words=_words(
        """
        εγώ εμένα μου εσύ εσένα σου αυτός αυτή αυτοί αυτές αυτόν αυτήν εκείνος εκείνη εκείνοι
        εκείνες εμείς εμάς μας εσείς εσάς σας
        περισσότερο περισσότεροι περισσότερες περισσότερα λιγότερο λιγότεροι λιγότερες
        λιγότερα πιο πριν μετά πάνω κάτω υπέρ εναντίον
        όλοι όλες όλα όλο όλη όλων κάποιοι κάποιες μερικοί μερικές μερικά λίγοι λίγες λίγα
        πολλοί πολλές πολλά μόνο μόνον μόνος μόνη μόνοι αρκετοί αρκετές
        """
    ),
    title_small_words=_words(
        """
        ο η το οι τα του της των τον την τη τους τις στο στη στην στον στα στις στους σε με για
        από και ή να θα ως προς
        """
    ),
    # "κατά" is also "against", "παρά" "despite", "πολύ" "much": left out.
    function_words=_words(
        """
        ο η το οι τα του της των τον την τη τους τις ένας μια μία ένα ενός μιας έναν
        στο στη στην στον στα στις στους σε με για από ως προς μέσω
        και κι ή αλλά όμως ότι πως που ενώ όπως
        οποίος οποία οποίο οποίοι οποίες οποίου οποίας οποίων οποίο οποίους
        είναι ήταν ήσαν έχει έχουν είχε είχαν θα να
        επίσης λοιπόν δηλαδή ωστόσο επομένως έτσι τότε μάλιστα
        """
    ),
    sentence_ends=";\u037e",
)

TURKISH = LanguageTable(
    name="Turkish",
    abbreviations=frozenset(
        """
        dr prof doç yrd op uzm öğr av sn bkz örn krş mah cad sok apt tel üniv tic hz sf mad org
        korg tümg tuğg alb yzb bnb no
        """.split()
    ),
    negations=_words(
        """
        değil değildir değiller değildi değilim değilsin değiliz değilsiniz değilse hayır yok
        yoktur yoktu hiç hiçbir hiçbiri kimse asla olmadan olmayan olmaz olmadı
        """
    ),
    number_words=_words(
        """
        sıfır iki üç dört beş altı yedi sekiz dokuz on yirmi otuz kırk elli altmış yetmiş
        seksen doksan yüz bin milyon milyar trilyon onlarca yüzlerce binlerce milyonlarca
        milyarlarca yarım yarısı çeyrek düzine ilk birinci ikinci üçüncü dördüncü beşinci
        altıncı yedinci sekizinci dokuzuncu onuncu
        """
    ),
    polar_words=_words(
        """
        ben beni bana benim sen seni sana senin onu ona onun biz bizi bize bizim siz sizi size
        sizin onlar onları onlara onların
        daha en fazla az önce sonra üst alt yukarı aşağı karşı
        tüm bütün hepsi bazı birkaç birçok sadece yalnız yalnızca
        """
    ),
    title_small_words=_words("ve ile veya ya da de ki için gibi"),
    # Suffixes carry most of the grammar. "o" is "he" and "that", "kadar"
    # "until", "ancak" "only", "mi" asks: left out.
    function_words=_words(
        """
        ve ile veya ya da de ki ise için gibi olarak üzere
        bu şu bunun bunu buna olan olduğu olduğunu idi
        ama fakat lakin ayrıca
        """
    ),
    ordinal_period=True,
    ordinal_words=_words(
        """
        yüzyıl yüzyılda yüzyılın yüzyıla yüzyılı yılı yılında yılını yıldönümü
        yıldönümünde yaş yaşı yaşına yaşını günü gününde haftası haftasında dakika
        dakikada dakikasında devre devrede sırada sıraya sırayı lig ligi ligde katta
        katında tur turda turu turunda etap etabı etabında sezonunda sınıf sınıfı sınıfta
        baskı baskısı kongre kongresi döneminde madde maddesi ordu ordusu kolordu tümen
        tugay
        """
    ),
)

ARABIC = LanguageTable(
    name="Arabic",
    abbreviations=frozenset("أ.د ص.ب".split()),
    negations=_words(
        """
        لا لم لن ليس ليست ليسوا ليستا لست لسنا غير بدون دون بلا عدم أبدا ابدا إطلاقا اطلاقا
        مطلقا ولا ولم ولن وليس وليست وغير فلا فلم فلن
        """
    ),
    number_words=_words(
        """
        صفر واحد واحدة أحد احد إحدى احدى اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع اربع أربعة
        اربعة خمس خمسة ست ستة سبع سبعة ثمان ثماني ثمانية تسع تسعة عشر عشرة عشرون عشرين
        ثلاثون ثلاثين أربعون اربعون أربعين اربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون
        ثمانين تسعون تسعين مئة مائة مئات مائتين مئتين مائتان مئتان ألف الف آلاف الاف ألفين
        الفين ألفان الفان مليون ملايين مليونين مليار مليارات مليارين تريليون عشرات نصف ربع ثلث
        مرتين
        أول اول أولى اولى الأول الاول الأولى الاولى ثان ثاني ثانية الثاني الثانية ثالث ثالثة
        الثالث الثالثة رابع رابعة الرابع الرابعة خامس الخامس سادس السادس سابع السابع ثامن
        الثامن تاسع التاسع عاشر العاشر
        """
    ),
    polar_words=_words(
        """
        أنا انا نحن أنت انت أنتم انتم أنتن هو هي هم هن هما له لها لهم
        أكثر اكثر أقل اقل قبل بعد فوق تحت ضد أعلى اعلى أدنى ادنى
        كل جميع بعض عدة قليل كثير فقط كلا كلتا
        """
    ),
    # "ما" is also "not", "قد" also "may", "حتى" and "منذ" "until" and
    # "since": left out.
    function_words=_words(
        """
        في من إلى الى على عن مع حول ضمن لدى عند
        و أو او ثم لكن ولكن بل أن ان إن أنّ إنّ كما حيث
        الذي التي الذين اللذان اللتان اللواتي اللاتي والذي والتي
        هذا هذه ذلك تلك هؤلاء أولئك
        كان كانت كانوا يكون تكون وكان وكانت سوف لقد
        أيضا ايضا جدا
        """
    ),
)

HEBREW = LanguageTable(
    name="Hebrew",
    abbreviations=frozenset(),
    negations=_words(
        """
        לא ולא שלא אין ואין שאין אינו אינה אינם אינן איני אינני אינך בלי ובלי ללא מבלי שום
        מעולם
        """
    ),
    number_words=_words(
        """
        אפס אחד אחת שניים שתיים שני שתי שלושה שלוש שלושת שלש ארבעה ארבע ארבעת חמישה חמש חמשת
        שישה שש ששת שבעה שבע שבעת שמונה שמונת תשעה תשע תשעת עשרה עשר עשרת עשרים שלושים
        ארבעים חמישים שישים שבעים שמונים תשעים מאה מאות מאתיים אלף אלפים אלפי אלפיים מיליון
        מיליונים מיליוני מיליארד מיליארדים מיליארדי טריליון עשרות חצי רבע שליש פעמיים
        ראשון ראשונה ראשונים ראשונות שנייה שלישי שלישית רביעי רביעית חמישי חמישית שישי שישית
        שביעי שביעית שמיני שמינית תשיעי תשיעית עשירי עשירית
        """
    ),
    polar_words=_words(
        """
        אני אתה הוא היא אנחנו אנו אתם אתן הם הן לי לו לה לנו להם להן שלי שלו שלה שלנו שלהם
        אותו אותה אותם
        יותר פחות לפני אחרי מעל מתחת נגד
        כל כולם כולן כמה מעט הרבה רק בלבד שניהם שתיהן
        """
    ),
    # "אל" is also "do not", "אך" "only", "עד" "until", "יש" the
    # opposite of "אין": left out.
    function_words=_words(
        """
        של את עם על מן כמו אצל לגבי כדי אשר כי או אבל
        זה זו זאת אלה אלו הזה הזאת האלה
        היה הייתה היו יהיה תהיה יהיו
        גם מאוד אז כך לכן אולם
        """
    ),
)

HINDI = LanguageTable(
    name="Hindi",
    # Names with initials are written "एस. जयशंकर": the Latin letters as
    # Devanagari syllables, none of which ends a sentence.
    abbreviations=frozenset(
        """
        डॉ प्रो रु
        ए बी सी डी एफ जी एच जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई जेड
        """.split()
    ),
    negations=_words("नहीं नही न ना मत बिना बगैर बग़ैर गैर ग़ैर"),
    number_words=_words(
        """
        शून्य दो तीन चार पांच पाँच छह छः सात आठ नौ दस ग्यारह बारह तेरह चौदह पंद्रह पन्द्रह
        सोलह सत्रह अठारह उन्नीस बीस पच्चीस तीस चालीस पचास साठ सत्तर अस्सी नब्बे सौ सैकड़ों
        हजार हज़ार हजारों हज़ारों लाख लाखों करोड़ करोड करोड़ों करोडों अरब अरबों खरब दर्जन
        दर्जनों आधा आधी आधे डेढ़ ढाई दोगुना तिगुना
        पहला पहली तीसरा तीसरी तीसरे चौथा चौथी चौथे पांचवां पाँचवाँ पांचवीं छठा छठी सातवां
        आठवां नौवां दसवां
        """
    ),
    polar_words=_words(
        """
        मैं मुझे मेरा मेरी मेरे मैंने तुम तुम्हें तुम्हारा तुम्हारी तुमने आप आपका आपकी आपके
        आपने वह वो वे उसे उसका उसकी उसके उसने उन्हें उनका उनकी उनके उन्होंने हम हमें हमारा
        हमारी हमारे हमने
        ज्यादा ज़्यादा अधिक कम पहले बाद ऊपर नीचे खिलाफ खिलाफ़ ख़िलाफ़ विरुद्ध
        सभी सब सारे सारी कुछ कई थोड़ा थोड़े केवल सिर्फ सिर्फ़ मात्र दोनों
        """
    ),
    # Web text in Hindi often writes the danda "।" as a vertical bar.
    # "ही" is also "only", "तक" "until"; "यह" and "ये" are also "he",
    # "they": left out.
    function_words=_words(
        """
        का की के को में से पर ने लिए द्वारा साथ बारे
        और एवं तथा व या अथवा लेकिन परंतु परन्तु किंतु किन्तु मगर कि तो भी इसलिए
        जो जिस जिसे जिसका जिसकी जिसके
        है हैं था थी थे हो होगा होगी होंगे होता होती होते रहा रही रहे गया गई गए हुआ
        हुई हुए
        """
    ),
    sentence_ends="|",
)

# Chinese and Japanese: single characters (each is a word, see the module docstring).
CHINESE = LanguageTable(
    name="Chinese",
    abbreviations=frozenset(),
    negations=_words("不 没 沒 未 无 無 别 別 非 莫 否 勿"),
    number_words=_words(
        "零 〇 一 二 两 兩 三 四 五 六 七 八 九 十 百 千 万 萬 亿 億 兆 半"
        " 壹 贰 貳 叁 柒 捌 玖 佰 仟"
    ),
    polar_words=_words(
        "他 她 它 我 你 您 咱 们 們 多 少 上 下 前 后 後 都 只 全 最 更 仅 僅 均 各 些"
    ),
    # 被 and 把 decide who did what, 从 and 到 "from" and "to", 所 makes 所有
    # "all": left out.
    function_words=_words(
        """
        的 地 得 了 着 过 過 和 与 與 及 或 在 是 也 就 而 之 其 这 這 那 此 个 個 并 並
        于 於 以 且 则 則 很 即 亦
        """
    ),
)

JAPANESE = LanguageTable(
    name="Japanese",
    abbreviations=frozenset(),
    negations=_words("不 無 未 非 否"),
    number_words=_words("零 〇 一 二 三 四 五 六 七 八 九 十 百 千 万 萬 億 兆 半 壱 弐"),
    polar_words=_words("私 僕 俺 我 君 彼 皆 多 少 上 下 前 後 全 各 最 両"),
    function_words=_words("の に は を が で と も へ や"),
)

TABLES: dict[str, LanguageTable] = {
    "de": GERMAN,
    "fr": FRENCH,
    "es": SPANISH,
    "it": ITALIAN,
    "pt": PORTUGUESE,
    "nl": DUTCH,
    "sv": SWEDISH,
    "da": DANISH,
    "no": NORWEGIAN,
    "fi": FINNISH,
    "ru": RUSSIAN,
    "uk": UKRAINIAN,
    "pl": POLISH,
    "cs": CZECH,
    "el": GREEK,
    "tr": TURKISH,
    "ar": ARABIC,
    "he": HEBREW,
    "hi": HINDI,
    "zh": CHINESE,
    "ja": JAPANESE,
}

#: Languages whose tables are curated here (English has its own module).
CURATED = frozenset(TABLES)
