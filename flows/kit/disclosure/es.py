"""Spanish: each group's patterns (flows.kit.disclosure.shared says what the groups are and how
patterns are written)."""

from __future__ import annotations

from flows.kit.disclosure.shared import held_over

PATTERNS: dict[str, tuple[str, ...]] = {
    "victim": (
        r"(?:me|nos) (?:violo|violaron|violaba|manoseo|manoseaba|manosea|toqueteaba|toqueteo"
        r"|toquetea|abuso|abusaba|acosaba|agredio|desnudaba|hacia cosas|hizo cosas"
        r"|hace cosas)",
        r"(?:abuso|abusaba|abusaron|abusaban|abusa|abusando|abusar) de mi",
        # "perdon esto no es del informe pero a mi me paso algo con el cura ... de chico":
        # something that happened to the writer, told with a memory.
        r"(?:me paso|me ocurrio|me sucedio|me hicieron|paso algo conmigo) (?:algo|una cosa"
        r"|cosas)?.{0,80}(?:de (?:chic|nin|pequen)[oa]|cuando (?:era|tenia)|no lo (?:supero"
        r"|olvido)|no (?:lo )?puedo olvidar|el ano pasado|me persigue)",
        # A child or teen telling of online grooming in the first person: told to keep a secret,
        # asked to meet ("tengo 14 y un señor q conoci en insta ... quiere verme").
        r"(?:me dice|me dijo|me pide|me pidio|me decia) (?:q |que )?(?:no (?:le )?(?:cuente"
        r"|diga)|guarde (?:el|un|nuestro) secreto|borre (?:los|nuestros) (?:mensajes|chats))",
        r"tengo 1[0-7](?: anos)?\b.{0,100}(?:quiere|quiso|insiste en) (?:verme|conocerme"
        r"|que nos veamos|encontrarse conmigo|quedar conmigo)",
        r"fui (?:[\w-]+ )?(?:abusad[oa]|violad[oa]|agredid[oa]|tocad[oa]|manosead[oa]"
        r"|acosad[oa])",
        r"(?:sufri|vivi) (?:[\w-]+ )?(?:abuso|abusos|violacion|violencia sexual|acoso"
        r"|tocamientos)",
        r"(?:me pide|me pidio|me pedia|me manda|me mando|me pedian) (?:[\w-]+ )?(?:nudes"
        r"|packs?|desnud\w*|(?:fotos|videos) (?:mias|mios|desnud\w*|intim\w*|sin ropa"
        r"|de mi cuerpo))",
        # not "se me pega" (it sticks to me)
        r"(?<!se )(?:me|nos) (?:pega|pegaba|pego|pegan|pegaban|golpea|golpeaba|golpeo|golpean"
        r"|maltrata|maltrataba|maltratan|encierra|encerraba|encierran|ahorca|ahorcaba|azota"
        r"|azotaba|cachetea|patea|pateaba|deja sin comer|dejan sin comer)",
        r"fui (?:[\w-]+ )?(?:golpead[oa]|maltratad[oa])",
        # sextortion: the writer's pictures held over them
        r"(?:amenaza\w*|chantaje\w*|extorsion\w*) (?:[\w-]+,? ){0,4}(?:publicar|subir|pasar"
        r"|difundir|mandar|ensenar|mostrar|compartir|filtrar|colgar|enviar)\w* (?:[\w-]+ )?"
        r"(?:mis|mi) (?:[\w-]+ )?(?:fotos?|videos?|imagenes?|nudes|packs?)",
        r"si no (?:le|les) (?:mando|envio|paso|doy) (?:[\w-]+ ){0,2}(?:fotos?|videos?|nudes"
        r"|packs?|mas|plata)|si no (?:mando|envio|paso) (?:mas|nudes|packs?)",
        r"me (?:chantajea\w*|extorsiona\w*)",
        r"me amenaza\w* con (?:[\w-]+ ){0,2}(?:publicar|subir|pasar|difundir|ensenar|mostrar"
        r"|contar|decir|pegar|matar)",
        *held_over(
            r"mis (?:[\w-]+ )?(?:fotos|videos|nudes|packs|imagenes)",
            r"si no (?:le |les )?(?:pago|mando|envio|doy|paso|hago)|(?:sino|o si no"
            r"|o) (?:[\w-]+ )?"
            r"(?:los|las|lo|la) (?:sube|publica|pasa|manda|muestra|ensena|difunde|comparte)"
            r"|(?:pide|quiere|exige) (?:[\w-]+ ){0,2}(?:plata|dinero|\d+ ?(?:pesos|dolares"
            r"|euros"
            r"|soles))"),
        r"(?:si no|sino|o si no)\b.{0,40}\b(?:mi papa|mi mama|mis papas|mis padres|mi padre"
        r"|mi madre"
        r"|mi familia|todo el mundo|todos|toda la escuela)",
        r"(?:cuenta falsa|perfil falso|cuenta fake|perfil fake) (?:[\w-]+ ){0,3}(?:mi cara"
        r"|mis fotos"
        r"|mi foto|mi nombre)",
    ),
    "deed": (
        r"(?:la|lo|los|las) (?:toca|tocaba|toco|tocan|tocaban|manosea|manoseaba|manoseo|viola"
        r"|violo|violaba|violaron|desnuda|desnudaba|toquetea|toqueteaba)",
        r"(?:abuso|abusa|abusaba|abusaron|abusando) de (?:ella|el|ellas|ellos)",
        r"(?:le|les) (?:hace|hacia|hizo|hacen) (?:cosas|eso|tocamientos)",
    ),
    "person": (
        r"(?:nuestra|nuestro) (?:hij[oa]|nin[oa]|nene|nena|bebe|sobrin[oa]|niet[oa])",
        r"(?:mi|mis) (?:[\w-]+ )?(?:hij[oa]s?|nin[oa]s?|nene"
        r"|nena|bebe|sobrin[oa]s?|sobrinit[oa]|niet[oa]s?|herman[oa]s?|hermanit[oa]|prim[oa]s?"
        r"|hijastr[oa]|alumn[oa]s?|estudiantes?|amig[oa]s?|ahijad[oa]|chiquit[oa]|pequen[oa]"
        r"|padrastro|madrastra|tio|tia|abuel[oa]|cunad[oa]|entrenador|profesora?|maestr[oa]"
        r"|vecin[oa]|novio)",
        r"(?:una|un|la|el) (?:nin[oa]|chic[oa]|alumn[oa]|companer[oa]|nen[ea]"
        r"|chiquit[oa]) (?:de"
        r"|del|en) (?:mi|mis|nuestra|nuestro|la escuela|el colegio|el barrio)",
        r"(?<!padre o )(?<!madre o )(?:su|sus) (?:padrastro|madrastra|padre|papa|madre|mama|tio"
        r"|tia|abuel[oa]|primo|hermano|entrenador|profesor|profe|maestro|vecino|padrino"
        r"|catequista|novio)",
        r"(?:el|la|un|una) vecin[oa]",
        r"(?:nin[oa]|chic[oa]|hij[oa]|sobrin[oa]|niet[oa]|alumn[oa]) de \d{1,2} anos",
        r"cuando (?:yo )?(?:tenia|era)",
        r"de (?:nina|nino|pequena|pequeno|chica|chico)",
        r"tengo \d{1,2} anos",
        r"(?<!padre o )(?<!madre o )su (?:[\w-]+ )?(?:hij[oa]|nin[oa]|nena|nene|bebe"
        r"|hijastr[oa]"
        r"|chiquit[oa]|hijit[oa]|pequen[oa])",
        r"(?:hij[oa]s?|nin[oa]s?|nen[ea]s?|chiquit[oa]s?) (?:del|de la|de los) vecin[oa]s?",
        r"(?:companer[oa]|amig[oa]) de (?:clase|curso)",
        r"tengo (?:solo |apenas )?\d{1,2}(?= y |,|$)",
        r"(?:una|un|la|el|los|las) (?:nin[oa]s?|chic[oa]s?|nen[ea]s?|chiquit[oa]s?|bebe|pibe"
        r"|piba"
        r"|hij[oa]s?) (?:de al lado|de enfrente|de arriba|de abajo|del lado"
        r"|de la casa de al lado"
        r"|de la vecina|del vecino|de los vecinos|del edificio)",
        r"(?:los|mis|nuestros) vecinos",
        r"(?:nin[oa]|chic[oa]|nen[ea]|pibe|piba) de \d{1,2}\b",
        r"(?:mi|mis|su|el|la) profes?",
        r"(?:mi|mis|su|sus) (?:[\w-]+ )?(?:primit[oa]s?|hermanit[oa]s?|hijit[oa]s?"
        r"|nietit[oa]s?)",
        r"tengo \d{1,2}\b(?! (?:dias|meses|horas|minutos|personas|alumnos|hijos|casos"
        r"|anos de))",
        r"(?:mi|mis|su|sus) (?:hermanastr[oa]s?|medi[oa]s? herman[oa]s?|novia|novio)",
        r"(?:una|un|la|el|los|las) (?:nin|nen|chiquit|chic|pib|bebe|guag|cip|chaval"
        r"|crio)\w* (?:[\w-]+ )?(?:de|del|en) (?:mi|nuestra|nuestro|la|el) (?:calle|cuadra"
        r"|barrio|edificio|colonia|manzana|escuela|colegio|pueblo|bloque|piso|vecindad)",
        r"(?:una|un|la|el) (?:nin|nen|chic|alumn|pib)\w* de (?:primer|segundo|tercer|cuarto"
        r"|quinto|sexto|\d+o?) (?:ano|grado|curso|basico)",
    ),
    "actor": (
        r"(?:un|el|ese|este) (?:profesor|maestro|entrenador|vecino|cura|sacerdote|hombre|senor"
        r"|tipo|adulto|padrastro|tio)",
        r"(?:un|el|ese|este) (?:senor|muchacho|chofer|conductor|monitor|desconocido|papa"
        r"|padre)",
        r"(?:el|su) (?:papa|padre)|(?:la|su) (?:mama|madre)",
        r"(?:mi|su) (?:marido|esposo|pareja|ex|mujer|esposa|cunado|suegro|yerno"
        r"|companero de piso|inquilino)",
        r"(?:un|el|ese|este|nuestro) (?:portero|conserje|encargado|vigilante|catequista"
        r"|sereno)",
    ),
    "act": (
        r"(?:fue|ha sido|han sido|fueron|esta siendo|estan siendo|era|sido|siendo) (?:[\w-]+ )?"
        r"(?:abusad[oa]s?|violad[oa]s?|agredid[oa]s?|tocad[oa]s?|manosead[oa]s?|acosad[oa]s?"
        r"|violentad[oa]s?)",
        r"(?:abusa|abuso|abusaba|abusaron|abusando|abusan|abusado) de (?:ella|el|mi|su|sus|una"
        r"|un|nuestra|nuestro)",
        r"(?:la|lo|los|las|le|les|me) (?:toca|toco|tocaba|tocan|tocaban|manosea|manoseo"
        r"|manoseaba"
        r"|viola|violo|violaba|violaron|acosa|acosaba|obliga|obligaba|obligo|desnuda|desnudaba"
        r"|graba|grababa|forzo|forzaba)",
        r"(?:violaron|manoseo|manosea|manoseaba|toquetea|toqueteaba|toqueteo|manoseando"
        r"|toqueteando|abusando|violando|abusada|violada)",
        r"(?:le|les) (?:hace|hacia|hizo) (?:cosas|eso)", r"tocamientos",
        r"(?:grabando|graba|grabo|grababa|fotografiando|filmando|fotografia) a (?:mi|su|la|el"
        r"|los|las)",
        r"(?:se mete|se metia|entra|entraba|viene|venia) (?:[\w-]+ )?(?:en|a) (?:mi|su|el|la)"
        r" (?:cama|cuarto|habitacion|bano|ducha)",
        r"(?:quitarse|quitar) la ropa|desnudarse",
        r"(?:ensena|muestra|mostraba|ensenaba|mostro|ensenó) (?:[\w-]+ ){0,3}(?:porno\w*"
        r"|cosas sexuales|videos porno\w*|sus partes)",
        # physical harm and neglect of a particular child
        r"(?<!se )(?:la|lo|los|las|le|les|me) (?:pega|pegaba|pego|pegan|pegaban|golpea|golpeaba"
        r"|golpeo|golpean|golpeaban|maltrata|maltrataba|maltrato|maltratan|maltrataban|quema"
        r"|quemaba|quemo|encierra|encerraba|encerro|encierran|ahorca|ahorcaba|azota|azotaba"
        r"|cachetea|zarandea|zamarrea|patea|pateaba)",
        r"(?:pega|pegaba|golpea|golpeaba|maltrata|maltrataba|quema|encierra|encerraba) a (?:su"
        r"|sus|la|el|mi|mis|esa|ese) (?:[\w-]+ )?(?:hij|nin|nen|chiquit|hijastr|sobrin|herman"
        r"|bebe|pequen|alumn)\w*",
        r"(?:fue|es|esta|estaba|ha sido|era|siendo) (?:[\w-]+ )?(?:golpead[oa]s?"
        r"|maltratad[oa]s?|quemad[oa]s?|encerrad[oa]s?|apalead[oa]s?)",
        r"(?:sufre|sufria|sufrio|recibe|recibia) (?:[\w-]+ )?(?:maltrato|golpes|palizas)",
        r"(?:moretones|moratones|moretes|hematomas|marcas de golpes|ojo morado"
        r"|marcas de (?:cinturon|correa|cigarr\w*)|quemaduras de cigarr\w*)",
        r"(?:tiene|tenia|llena de|lleno de) (?:[\w-]+ )?(?:morados|cardenales|marcas|golpes)",
        r"miedo (?:de|a) (?:volver|ir|regresar|llegar) a (?:su |la )?casa",
        r"miedo a (?:su|sus) (?:papa|padre|padrastro|mama|madre|madrastra|tio|abuelo|padres)",
        r"(?:la|lo|los|las|le|les) (?:deja|dejan|dejaba|dejaban) (?:[\w-]+ ){0,2}(?:sol[oa]s?"
        r"|encerrad[oa]s?|sin comer)",
        r"(?:no|nunca) (?:le|les) (?:da|dan|daba|daban) (?:de )?comer",
        r"(?:sin comer|pasa hambre|siempre tiene hambre)",
        # what a child calls it
        r"(?:sus|mis|las) partes (?:intimas|privadas)|(?:su|la) (?:cosita|colita|pajarito|pipi"
        r"|pilin)",
        r"cosas (?:feas|raras|que no me gustan|que no le gustan|que no quiero)",
        r"(?:deja|dejan|dejaba|dejaban) (?:a )?(?:[\w-]+ ){0,4}(?:sol[oa]s|sol[oa] (?:todo|en"
        r"|toda)"
        r"|encerrad[oa]s?|sin comer|sin comida)",
        r"(?:con|a) (?:la|el|un|una|su) (?:cinturon|correa|chancla|plancha|cigarro|cable|palo"
        r"|cuchara de palo|manguera|chinela)",
        r"mano (?:[\w-]+ ){0,2}(?:debajo de|dentro de|bajo|por debajo de) (?:la|mi"
        r"|su) (?:[\w-]+ )?"
        r"(?:ropa|falda|pollera|camisa|calzon\w*|pantal\w*|bombach\w*|pijama|bombacha)",
        r"en (?:sus|mis) (?:piernas|rodillas)|en su regazo",
        r"(?:se mete|se metia|entra|entraba) al (?:bano|cuarto)",
        r"cuando (?:ella|el|yo) (?:se esta|me estoy|estoy|esta) (?:banando|duchando|cambiando)",
        r"no (?:lo|la|los|las) (?:deja|dejan|dejaba) (?:entrar|pasar)|(?:lo|la|los|las) (?:echa"
        r"|echan|echaba) de (?:la )?casa|en la calle (?:de noche|toda la noche|hasta tarde)",
        r"llora (?:[\w-]+ ){0,2}(?:horas|toda la noche|todo el dia)|nadie (?:lo|la"
        r"|los) (?:atiende"
        r"|cuida|alimenta)",
        r"(?:en|sobre) (?:la|el) (?:hornalla|estufa|fuego|plancha|horno|agua hirviendo)",
        r"se desnud\w*|desnud(?:os|as)|(?:les|le) saca fotos|(?:los|las|lo|la) (?:fotografia"
        r"|filma)\w*",
        r"(?:debajo de|por debajo de|dentro de|bajo) (?:la|mi|su) (?:[\w-]+ )?(?:ropa|remera"
        r"|camiseta|falda|pollera|camisa|calzon\w*|pantal\w*|bombach\w*|pijama|blusa|short)",
        r"sin (?:desayunar|comer|cenar)|con hambre|(?:se gastan|gasta|gastan|se gasta) (?:todo"
        r"|toda"
        r" la plata|el dinero) en (?:alcohol|bebida|droga\w*|vino|cerveza)|(?:siempre"
        r"|todo el dia)"
        r" (?:borrach\w*|drogad\w*)",
        r"(?:escuche|escucho|oi|oigo|se escuchan|se oyen) (?:[\w-]+ ){0,6}(?:golpes|gritos"
        r"|llorando"
        r"|llanto|pegar|cachetadas)",
        r"(?:le|les) (?:grita|gritaba|gritan) a (?:sus|su|mis|mi) (?:[\w-]+ )?(?:hij|nin|nen"
        r"|chic)\w*",
        r"bes\w* en la boca|(?:le|les|me) (?:da|daba|regala|regalaba|compra)\w* (?:caramelos"
        r"|golosinas"
        r"|dulces|plata|dinero|regalos) (?:[\w-]+ ){0,2}(?:si|para|cuando)\b",
        r"(?:cortes|quemaduras|heridas|cicatrices|moretones) (?:[\w-]+ ){0,3}(?:en|por) (?:los"
        r"|las|el"
        r"|la|sus|su) (?:brazos|piernas|manos|espalda|cara|cuerpo|cuello)",
        r"cuando (?:yo |ella |el )?(?:me|se)? ?(?:estoy|esta|estaba)? ?(?:banando|duchando"
        r"|cambiando|vistiendo|durmiendo)",
        r"duerme (?:[\w-]+ )?(?:en|con) (?:su|mi) cama|se (?:mete|metia|acuesta) en (?:su"
        r"|mi) cama",
        r"(?:muestra|mostro|mostraba|ensena|enseno) (?:[\w-]+ ){0,6}(?:cosas sexuales"
        r"|haciendo (?:cosas"
        r" sexuales|el amor|sexo)|porno\w*|gente desnuda)|cosas sexuales",
        r"(?:arrastra|arrastraba|jala|jalaba|tira|tiraba) (?:[\w-]+ ){0,2}(?:del|de los|por el"
        r"|por los)"
        r" (?:pelo|cabello|pelos|oreja)|(?:lo|la|me|los) (?:tira|tiraba|empuja|empujaba|avienta"
        r"|aventaba|estrella) (?:[\w-]+ ){0,2}contra|contra la pared",
        # told vaguely: "le hace dano a su hija", "le tiene miedo"; an offence told as a verb:
        # "abusa sexualmente de mi sobrina"
        r"(?:le|les|la|lo) (?:esta |estaba |anda )?(?:hace|hacia|hizo|hacen|haciendo"
        r"|hara) (?:[\w-]+ )?(?:dano|mal|cosas|cositas|algo|maldades|cochinadas|porquerias)",
        r"(?:hace|hacia|hizo|hacen|haciendo) (?:[\w-]+ )?(?:cosas|algo|dano|mal"
        r"|cochinadas) (?:[\w-]+ )?(?:a|con) (?:la|el|su|sus|mi|mis|una|un|esa|ese|los"
        r"|las) (?:[\w-]+ )?(?:nin|nen|chic|hij|hijastr|sobrin|prim|niet|herman|alumn|bebe"
        r"|pequen|chiquit|ahijad)\w*",
        r"(?:le|les) (?:tiene|tienen|tenia) (?:[\w-]+ )?(?:miedo|panico|terror|pavor)",
        r"(?:tiembla|llora|se esconde|se asusta|se pone a llorar|se paraliza"
        r"|se pone a temblar)\w* (?:[\w-]+ ){0,2}(?:cuando|cada vez que"
        r"|apenas) (?:el )?(?:lo ve|lo oye|lo escucha|llega|viene|aparece|entra)",
        r"(?:toca|tocaba|toco|manosea|manoseaba|toquetea|toqueteaba|viola|violaba|violo|abusa"
        r"|abusaba|agrede|agredia)(?: sexualmente)? (?:a|de) (?:mi|su|sus|mis|nuestra|nuestro"
        r"|la|una) (?:[\w-]+ )?(?:nin|nen|chic|hij|hijastr|sobrin|prim|niet|herman|alumn|bebe"
        r"|pequen|chiquit|ahijad)\w*",
        r"(?:abus|agred|viol|toc|manose|explot)\w* sexualmente",
        # pictures of naked children kept by someone; a child undressed; a child who will not go
        # near him
        r"(?:fotos?|videos?|imagenes?) (?:[\w-]+ ){0,2}(?:de )?(?:nin|nen|chic|bebe|menor|pib"
        r"|criatur)\w* (?:[\w-]+ )?(?:desnud|sin ropa|en bolas|empelot)\w*",
        r"(?:le|les|la|lo) (?:sacan|quitan|saca|quita|sacaron|quitaron) la ropa|(?:la|lo|los"
        r"|las) (?:desnudan|desnudaron)",
        r"no (?:quiere|se anima a|se atreve a) (?:ni )?(?:pasar por|acercarse a|ir a|entrar a"
        r"|quedarse (?:sola|solo) con)",
        # Commercial sexual exploitation told indirectly: paid to make videos, taken to other
        # men's houses, back with money and won't say.
        r"(?:le|les) (?:dan|daban|dieron|pagan|pagaban|pago|da|paga) (?:[\w-]+ )?(?:plata|dinero"
        r"|guita|lana|pasta|regalos) (?:por|para) (?:hacer|grabar|sacarse|mandar) (?:videos"
        r"|fotos)",
        r"(?:la|lo|los|las) (?:lleva|llevaba|llevan|llevo) (?:[\w-]+ )?a (?:la )?casas? de (?:otros"
        r"|unos|sus) (?:senores|hombres|tipos|amigos)",
        r"(?:vuelve|volvia|llega|regresa) (?:[\w-]+ )?con (?:plata|dinero|regalos|ropa nueva"
        r"|un celular)",
        # Neglect told descriptively: alone for days, nothing to eat, a child crying all night.
        r"(?:sol[oa]s|solit[oa]s) (?:hace|desde hace) (?:\d+ |varios |dos |tres )?(?:dias"
        r"|semanas?)",
        r"no (?:tienen|tiene|hay) (?:nada de |nada para )?(?:comida|comer)|lloraba\w*"
        r" (?:[\w-]+ ){0,4}toda la noche|la madre no aparece",
        # An evidence note that turns personal: "pero mi propio hijo ... no habla y moja la cama
        # otra vez", a child who cries at night and will not go back.
        r"(?:moja|mojando|volvio a mojar) la cama|(?:ya )?no habla (?:desde|con nadie)"
        r"|no quiere (?:volver|ir mas)|llora (?:por las|todas las|cada) noches?",
        # An adult entering a younger sibling's room at night: the child no longer wants to
        # sleep alone.
        r"(?:ya )?no quiere (?:dormir|estar|quedarse) sola?(?: con el| con su| nunca)?",
        # A professional's concern about one child shown by signs: sexual drawings, trembling when
        # her stepfather picks her up.
        r"dibujos? (?:[\w-]+ )?(?:sexuales|obscenos)|dibuja (?:cosas )?(?:sexuales|obscenas)",
        r"(?:tiembla|se pone a temblar|llora|se paraliza)\w* cuando (?:la|lo) (?:recoge|busca"
        r"|viene a buscar) (?:el|su) (?:padrastro|tio|padre|abuelo|novio de)",
    ),
    "contact": (
        r"(?:pide|pidio|pedia|piden|pidiendo|exige|exigia) (?:[\w'-]+ ){0,3}(?:fotos?|videos?"
        r"|nudes|packs?|fotitos)",
        r"quiere (?:conocer\w*|verse|ver(?:la|lo)|quedar|encontrarse|salir)",
        r"(?:quedar|verse|encontrarse) con (?:ella|el|mi)",
        r"(?:le|les) (?:escribe|manda|mandaba|envia|regala|regalaba) (?:mensajes|regalos|dinero"
        r"|fotos)",
        r"(?:chatea|chateando|habla|hablando) con un (?:adulto|hombre|senor|desconocido)",
        r"(?:guardar el secreto|no decir nada|que no diga nada|no le cuente|es un secreto)",
        r"no (?:le|les) (?:diga|cuente) (?:a )?nadie",
        r"mensajes (?:sexuales|inapropiados|raros|subidos de tono)",
        r"(?:me|le|la|lo|les|nos) (?:chantajea|extorsiona)\w*|(?:me|le|les) (?:hace|hacen"
        r"|hizo) chantaje",
        r"amenaza\w* con (?:publicar|subir|pasar|difundir|ensenar|mostrar|compartir)",
        r"(?:regala|regalaba|compra|compraba|manda|mandaba|da|daba|envia)\w* (?:[\w-]+ ){0,3}"
        r"(?:diamantes|robux|pavos|v-?bucks|skins|regalos|recargas|tarjetas de regalo|saldo)",
        r"que se (?:vean|conozcan|junten)|(?:prenda|encienda|abra|prender"
        r"|encender) (?:la )?camara"
        r"|videollamada",
        r"(?:pide|pidio|pedia|propone|propuso) (?:[\w-]+ )?(?:verse|verla|verlo|conocerla"
        r"|conocerlo"
        r"|encontrarse|quedar)",
        r"(?:le|les) escribe\w* (?:a (?:mi|su) (?:[\w-]+ )?)?(?:por|en) (?:tiktok|instagram"
        r"|insta"
        r"|whatsapp|snap\w*|facebook|discord|el juego|roblox|free fire)",
        r"dice que (?:me|la|lo|te) (?:ama|quiere)|(?:quiere|queria) que (?:vaya|vayas|venga"
        r"|pase) (?:a"
        r" su casa|a verlo|con el)|sin (?:decirle|contarle) (?:nada )?a (?:mi|su|nadie)",
        r"(?:nuestro|su) (?:pequeno )?secreto|es (?:un|su|nuestro) secreto"
        r"|secreto (?:de los dos|entre ellos|entre nosotros)",
        r"que no (?:nos|le|les|me) (?:diga|cuente|dijera|contara)\w*|no (?:nos|le"
        r"|les) (?:digas|cuentes|diga|cuente) (?:nada|a nadie)",
        r"(?:pide|pidio|pedia|piden|pidiendo) (?:[\w'-]+ ){0,3}selfies?",
        r"(?:mete|metia|lleva|llevaba|invita|invitaba|atrae|atraia"
        r"|hace pasar)\w* (?:a )?(?:los |las |unos |unas )?(?:chicos|chicas|ninos|ninas|nenes"
        r"|nenas|pibes|pibas|chiquitos|criaturas) (?:[\w-]+ )?(?:a|en) su (?:casa|cuarto"
        r"|departamento|depto|piso|auto|coche|habitacion|porteria)",
        r"secreto entre (?:ellos|nosotros|los dos|ustedes)",
        # Grooming by secrecy: an adult who writes to a child at night, tells the child to delete
        # the messages, not to tell the parents, to keep a secret or play a "secret game", and calls
        # a 13-year-old his girlfriend or meets a child met online. Told of the writer ("writes to
        # me at night, says to delete everything") as of someone else.
        r"(?:borra|borrar|borre|borres|elimina|eliminar|elimine)\w* (?:[\w-]+ ){0,2}(?:mensajes"
        r"|chats?|conversaciones|historial|todo)",
        r"(?:escribe|manda mensajes|mensajea|llama)\w* (?:[\w-]+ ){0,2}(?:por la noche|de noche"
        r"|todas las noches|cada noche|de madrugada|en la madrugada)",
        r"(?:guardar|guarde|guardes) (?:un|el|este|su|nuestro) secreto|juegos? secretos?"
        r"|no (?:le |les )?(?:diga|digas|cuente|cuentes|decir|contar) (?:nada )?a (?:mis|tus|sus)"
        r" (?:padres|papas)",
        r"(?:dice|decia) que (?:es|soy|eres) su (?:novia|novio|nena|chica)",
        # A worker's suspicion of a colleague with one child: kept back alone, lifts, gifts.
        r"(?:siempre|solo) (?:[\w-]+ ){0,2}(?:al mismo|a la misma) (?:nin[oa]|nen[ea]|chic[oa]"
        r"|pibe|piba|alumn[oa])|(?:le compra|le regala) (?:cosas|ropa|un celular)",
    ),
    "images": (
        r"(?:fotos?|videos?|imagenes?) (?:[\w-]+ )?(?:desnud\w*|intim[oa]s?|sexuales"
        r"|porno\w*|comprometedoras)",
        # pictures of a particular child: "videos de una nena q conozco"
        r"(?:fotos?|videos?|imagenes?) de (?:una|un|la|el|esa|ese) (?:nena|nene|nin[oa]|chic[oa]"
        r"|chiquit[oa]|piba|pibe|alumn[oa])",
        r"nudes|packs?",
        r"(?:fotos?|videos?|imagenes?) (?:de|del) (?:mi|mis|su|sus|ella|el|una nina|un nino)",
        r"(?:pasando|compartiendo|difundiendo|subiendo|subio|subieron|publico|publicaron"
        r"|comparte|difunde|pasan|vendiendo|mandando|envio|enviando)\w* (?:[\w'-]+ ){0,3}"
        r"(?:fotos?|videos?|imagenes?)",
    ),
    "harm": (
        r"(?:abuso|violacion|agresion|acoso|explotacion|grooming|incesto)",
        r"(?:maltrato|violencia|negligencia|palizas|chantaje|sextorsion)",
    ),
    "plea": (
        r"ayudenme", r"ayudame", r"ayudeme", r"(?:necesito|pido|necesitamos) ayuda",
        r"ayuda,? por favor", r"por favor,? ayud\w*", r"socorro",
        r"(?:quiero|quisiera|necesito|deseo) (?:denunciar\w*|reportar\w*|hacer una denuncia"
        r"|poner una denuncia)",
        # personal forms only: "dónde denunciar" is how guidance and curricula are worded
        r"(?:como|donde|a quien|ante quien) (?:denuncio|reporto|acudo|puedo denunciar"
        r"|puedo reportar|llamo|lo denuncio|la denuncio)",
        r"no se (?:que hacer|a quien)", r"que (?:hago|debo hacer|puedo hacer)",
        r"sospecho|tengo (?:la |una )?sospecha",
        r"(?:a quien|a donde|donde) (?:acudo|recurro|llamo|aviso|le digo|lo digo|puedo acudir"
        r"|debo acudir)",
        r"es normal (?:que|q)|(?:esto|eso) es normal",
        # a worker's doubt about a particular child
        r"no se (?:q (?:hacer|hago)|si (?:esperar|denunciar|llamar|avisar|decir))"
        r"|(?:exagero|estoy exagerando)",
    ),
    "citation": (
        r"(?:ley|decreto|codigo|articulo|art|arts|reglamento|resolucion|numeral|inciso)\.?"
        r" (?:n[°o.]? ?|num\.? ?)?\d",
        r"ley organica \d",
        r"condenad[oa]s? a|anos de prision|absuelt[oa]s?|por ciento",
        r"(?:segun|por|conforme a|de acuerdo con) la (?:nueva )?ley|(?:puede|pueden) ser"
        r" (?:denunciad|procesad|sancionad|castigad)\w*|(?:todo|cada) (?:padre|adulto|docente"
        r"|maestro) que|(?:toda|cada) madre que",
        # A general rule, not a story: "if a teacher suspects a pupil is being abused, they must
        # inform the safeguarding lead", "teachers who suspect ... must report".
        r"(?:que|quien|quienes) sospech\w*|si (?:un|una|algun\w*) (?:[\w-]+ ){0,2}sospecha\w*"
        r"|(?:esta|estan) obligad[oa]s? a (?:denunciar|informar|notificar|comunicar)",
        # General advice to parents, not a story: "ningún adulto debe pedirle secretos".
        r"(?:expliquele|expliqueles|recuerdele|recuerdeles|digale|digales)|ningun adulto"
        r" (?:debe|deberia)",
        # a judgment: "sentencia", "el acusado recibió 9 años"
        r"sentencia|(?:el|la) (?:acusad|imputad|procesad)[oa]|(?:recibio|le dieron) \d+ anos",
        # Prevention advice addressed to teens or on a leaflet, in the imperative to "tu"/"usted":
        # "si alguien te pide fotos ..., cuentaselo a un adulto de confianza".
        r"(?:cuentaselo|cuentale|cuentalo|habla|hable|dile|digale|diselo)(?: con)? a? ?(?:un|una)"
        r" (?:adulto|persona) de confianza|si (?:alguien|algun adulto|un desconocido) te (?:pide"
        r"|dice|ofrece|manda|envia)",
    ),
}
