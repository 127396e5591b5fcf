"""French acts: what was done, told as a story (the act group of flows.kit.disclosure.fr, long
enough for a module of its own)."""

from __future__ import annotations

ACT: tuple[str, ...] = (
    r"(?:a|ont|avait|l'a|les a|a ete|ont ete|avait ete|est) (?:[\w-]+ )?(?:violee?s?"
    r"|abusee?s?|agressee?s?|touchee?s?|tripotee?s?|harcelee?s?|deshabillee?s?|forcee?s?)",
    r"(?:se fait|se faisait|s'est fait|se font) (?:[\w-]+ )?(?:violer|abuser|agresser"
    r"|toucher|tripoter|harceler|peloter)",
    r"(?:abuse|abusait|abusent|abusaient) (?:de|d')",
    r"(?:tripote|tripotait|pelote|pelotait|violee|violees|abusee|abusees|abuses"
    r"|agressee|tripotee|attouchements)",
    r"(?:fait|faisait|font) des (?:choses|trucs|caresses)",
    r"me (?:touche|touchait|touchaient|tripote|tripotait|caresse|caressait|deshabillait)",
    r"(?:l'|la |le |les )(?:embrasse|embrassait|touche|touchait|tripote|tripotait|caresse"
    r"|caressait|deshabille|deshabillait|viole|violait)",
    r"(?:vient|venait|entre|entrait|rentre|rentrait|se glisse|se glissait) (?:[\w-]+ )?dans"
    r" (?:ma|sa|son|mon|la) (?:chambre|lit|douche|salle de bain)",
    r"(?:montre|montrait|fait regarder) (?:[\w'-]+ ){0,3}(?:porno\w*|films? x"
    r"|videos? x|ses parties)",
    # physical harm and neglect of a particular child
    r"(?:la|le|les|l'|lui) ?(?:frappe|frappait|frappent|frappaient|bat|battait|battent"
    r"|battaient|tape|tapait|tapent|cogne|cognait|brule|brulait|enferme|enfermait|enferment"
    r"|gifle|giflait|secoue|secouait|maltraite|maltraitait|maltraitent|martyrise"
    r"|martyrisait|tabasse|tabassait|affame|affamait|laisse seule?|laissait seule?"
    r"|tape dessus|tapait dessus)",
    r"(?:frappe|frappait|bat|battait|cogne|cognait|maltraite|maltraitait|tabasse|enferme"
    r"|brule|secoue|gifle)\w* (?:sa|son|ses|leur|leurs|mon|ma|mes|les enfants|la petite"
    r"|le petit)(?! plein| record)",
    r"(?:est|a ete|etait|sont|ont ete|se fait|se faisait|s'est fait|se font) (?:[\w-]+ )?"
    r"(?:frappee?s?|battue?s?|maltraitee?s?|brulee?s?|enfermee?s?|tabassee?s?|giflee?s?"
    r"|frapper|battre|taper dessus|cogner|maltraiter|tabasser|gifler)(?! par (?:le|la|les"
    r"|l'|un|une|des|ce|cet|cette|leur|leurs|l))",
    r"maltrait(?:e|ee|es|ees|ait|aient|ent)",
    r"(?:a|avait|ont|avaient|plein|pleine|couverte?s?|toute?) (?:de |des |d')(?:[\w-]+ )?"
    r"(?:bleus|hematomes|ecchymoses|marques (?:sur|de coups|partout)|brulures"
    r"|traces de coups)",
    r"(?:hematomes|ecchymoses|traces de coups|marques de coups|coquards?|cocards?"
    r"|oeil au beurre noir)",
    r"peur de (?:rentrer|retourner|aller) (?:chez (?:elle|lui|eux|soi)|a la maison)",
    r"(?:a|avait) peur de (?:son|sa|ses) (?:pere|mere|beau-pere|belle-mere|oncle|parents"
    r"|papa|maman)",
    r"(?:laisse|laissait|laissent|laissaient) (?:[\w-]+ ){0,2}(?:toute? seule?s?|seule?s?"
    r"|sans manger|enferme\w*)",
    r"(?:seule?s?|toute? seule?s?) (?:a la maison|toute la journee|toute la nuit"
    r"|des jours)",
    r"ne (?:lui|leur) donne\w* (?:pas|jamais|rien) a manger|rien a manger"
    r"|(?:a|ont|avait) toujours faim",
    # what a child calls it
    r"(?:zizi|zezette|quequette|foufoune|parties intimes|parties genitales)",
    r"(?:montre|montrait|montrer|touche|touchait|toucher) (?:[\w'-]+ ){0,3}(?:son|sa|ses)"
    r" (?:sexe|parties|kiki|zizi)",
    r"(?:choses|trucs) (?:bizarres|pas normales|que je n'aime pas|que j'aime pas"
    r"|qu'elle n'aime pas|qu'il n'aime pas|qu'elle aime pas|qu'il aime pas)",
    r"(?:laisse|laissait|laissent|laissaient) (?:[\w-]+ ){0,4}(?:toute? seule?s?|seule?s?"
    r"|sans manger|sans rien)",
    r"(?:a|avait|ont|avaient) (?:[\w-]+ )?(?:des|plein de) (?:[\w-]+ )?(?:bleus|marques"
    r"|traces"
    r"|brulures)(?: (?:sur|partout|de coups))",
    r"(?:avec|a coups de) (?:sa|la|une|son|le|un) (?:ceinture|fer a repasser|cigarette"
    r"|baton"
    r"|cable|fil|chaussure|pantoufle|cuillere en bois|martinet)",
    r"mains? (?:[\w'-]+ ){0,2}(?:sous|dans) (?:ma|sa|mon|son|ses|mes|la|le) (?:[\w-]+ )?"
    r"(?:jupe|culotte|pantalon|t-shirt|tee-shirt|pyjama|vetements|habits|robe|slip|short"
    r"|haut)",
    r"sur (?:ses|les) genoux",
    r"(?:frappe|frappait|bat|battait|cogne|cognait|maltraite|maltraitait"
    r"|tabasse)\w* (?:notre"
    r"|nos)",
    r"(?:la|le|les|l') ?etrangl\w*",
    r"(?:le|la|les) (?:met|mettait|mettent|jette|jetait) (?:a la porte|dehors)|(?:le|la"
    r"|les)"
    r" laisse (?:pas|jamais) (?:entrer|rentrer)|dehors (?:toute la nuit|tard le soir"
    r"|la nuit"
    r"|dans le froid)",
    r"(?:pleure|pleurait|hurle|crie) (?:[\w-]+ ){0,2}(?:pendant des heures|des heures"
    r"|toute la nuit|toute la journee)|personne (?:ne )?(?:vient|s'en occupe|s'occupe)",
    r"(?:au dessus|au-dessus|sur|dans) (?:du|le|la) (?:feu|gaziniere|plaque|four|flamme"
    r"|eau bouillante)",
    r"tout nus?|toute nue|toutes nues|a poil|(?:les|la|le) (?:prend|prenait"
    r"|a pris) en photo",
    r"(?:sous|dans) (?:ma|sa|mon|son|mes|ses) (?:[\w-]+ )?(?:jupe|culotte|pantalon|t-shirt"
    r"|tee-shirt|tee shirt|pyjama|vetements|habits|robe|slip|short|pull|haut)",
    r"le ventre vide|a jeun|affame\w*|(?:a|ont) faim (?:tout|tous|chaque)|boivent tout"
    r"|boit tout"
    r"|(?:toujours|tout le temps) (?:saoule?|ivre|bourre\w*)",
    r"(?:entendu|entends|j'entends) (?:[\w'-]+ ){0,6}(?:coups|claques|gifles|cris|hurler"
    r"|pleurer|pleurs|frapper)",
    r"(?:hurle|hurlait|crie|criait) (?:sur|apres) (?:ses|sa|son|leurs?|mes|les) (?:enfants"
    r"|gosses"
    r"|fille|fils|petits?|petites?)",
    r"(?:embrass\w*|bisous?) sur la bouche|(?:lui|leur|me) (?:donne|offre"
    r"|achete)\w* (?:des |de l')"
    r"(?:bonbons|argent|cadeaux|friandises|chocolats?) (?:si|pour|quand)",
    r"(?:coupures|brulures|blessures|cicatrices) (?:[\w-]+ ){0,3}(?:sur|aux) (?:les |ses "
    r"|la |le )?"
    r"(?:bras|jambes|mains|dos|visage|corps|cou)",
    r"quand (?:je|j'|elle|il) (?:me douche|se douche|prends? (?:ma|sa|son|mon) (?:douche"
    r"|bain)"
    r"|suis sous la douche|est sous la douche|me change|se change|dors|dort|suis au lit)",
    r"dort (?:[\w-]+ )?dans (?:son|mon|leur) lit|(?:se couche"
    r"|se glisse) (?:[\w-]+ )?dans (?:son"
    r"|mon) lit",
    r"(?:trucs|choses) sexuel\w*|(?:font|faisaient|faisant) (?:l'amour|du sexe)",
    r"(?:traine|trainait|tire|tirait) (?:[\w'-]+ ){0,2}par les cheveux|(?:le|la|les|me"
    r"|m') ?(?:jette"
    r"|jetait|pousse|poussait|balance|balancait|projette) (?:[\w-]+ ){0,2}(?:contre"
    r"|par terre"
    r"|dans l'escalier)|contre le mur",
    # told vaguely: "fait du mal a sa fille", "elle a peur de lui"; an offence told as a
    # verb: "viole ma petite soeur"
    r"(?:fait|faisait|a fait|font|faire|fera) (?:[\w'-]+ )?(?:du mal|des choses|des trucs"
    r"|quelque chose|des saletes|des horreurs) (?:[\w-]+ )?(?:a|aux|avec) (?:la|le|sa|son"
    r"|ses|cette|ce|une|un|ma|mon|mes|l'|les|des|leur|notre|nos)",
    r"(?:a|avait|ont|avaient) (?:[\w-]+ )?peur (?:de lui|d'eux|de cet homme|de ce type"
    r"|de ce monsieur|de ce mec)",
    r"(?:tremble|pleure|panique|se cache|se fige|se met a pleurer"
    r"|se met a trembler)\w* (?:[\w-]+ ){0,2}(?:quand|des qu'|des que|chaque fois qu'"
    r"|chaque fois que) ?(?:elle|il) (?:le |l')?(?:voit|entend|croise|arrive|vient|rentre"
    r"|est la)",
    r"(?:touche|touchait|tripote|tripotait|caresse|caressait|viole|violait|violent"
    r"|agresse|agressait|abuse|abusait)(?: sexuellement)? (?:de )?(?:ma|mon|mes|sa|son"
    r"|ses|notre|nos|leur|leurs|la|une) (?:[\w-]+ )?(?:fille|fils|filles|cousine?s?|niece"
    r"|neveu|s(?:oe|œ)ur|frere|petite|petit|petite-fille|petit-fils|belle-fille|beau-fils"
    r"|belle fille|beau fils|eleves?|enfants?|filleule?|demi-s(?:oe|œ)ur|demi-frere"
    r"|gamine?|fillette)",
    r"(?:agress|abus|viol|touch|tripot|caress|exploit)\w* sexuellement",
    r"abus(?:er|e|ait|ent) (?:sexuellement )?(?:des|d') ?(?:enfants|gamins|gosses|garcons"
    r"|filles|eleves|mineurs|petits|petites|jeunes)",
    # pictures of naked children kept by someone; a child who will not go near him
    r"(?:photos?|videos?|images?) (?:[\w'-]+ ){0,2}(?:d'|de |des )?(?:enfants?|gamins?"
    r"|gamines?|fillettes?|petites?|petits|filles|garcons|mineurs"
    r"|bebes) (?:[\w-]+ )?(?:nue?s?|a poil|denudee?s?|deshabillee?s?)",
    r"(?:qu'on|qu on|qu'ils|qu ils|qu'il|qu il) (?:la |le |les |l')?deshabill\w*",
    r"(?:refuse|ne veut plus|n'ose plus|n ose plus|a peur) (?:de )?(?:passer devant"
    r"|s'approcher de|aller chez|rester seule? avec) (?:lui|sa|son|chez lui)",
    # Abuse told vaguely of someone else, and physical harm and neglect of a particular child:
    # "a hand in her pants", "touches her", "hitting her with a belt", "alone for whole days".
    r"(?:l'|l |les )(?:oblige|obligeait|a oblige|force|forcait|a force) a (?:lui )?(?:faire"
    r"|toucher) (?:des|ces|les|plein de) (?:choses|trucs)",
    # Commercial sexual exploitation told indirectly: back from the evening with money or
    # branded bags and won't say; taken to other men's flats; paid to make videos.
    r"(?:revient|revenait|rentre|rentrait) (?:[\w-]+ ){0,2}avec (?:des |de l'|du )?(?:sacs"
    r"|argent|fric|thunes|billets|cadeaux|fringues|vetements|bijoux|telephone)",
    r"(?:l'|l |les )(?:emmene|amene|conduit|emmenait)\w* (?:[\w-]+ )?chez (?:des|d'autres"
    r"|ses) (?:hommes|mecs|types|potes|amis|copains)",
    # Neglect told descriptively: alone for days with no adult, a child asking for bread.
    r"(?:seule?s|tout seule?s?) depuis (?:\d+|des|plusieurs|deux|trois|quatre) (?:jours"
    r"|semaines?)",
    r"(?:pleure|pleurait|crie|criait) (?:[\w-]+ ){0,3}toute la nuit",
    # An evidence note that turns personal: "mais mon propre fils ... pleure la nuit et refuse
    # d'y retourner", a child who wets the bed again or no longer speaks.
    r"(?:pleure|pleurait) (?:toutes les nuits|la nuit|chaque nuit|le soir)|refuse d'y retourner"
    r"|(?:ne )?veut plus (?:y )?(?:retourner|y aller)|(?:refait|fait de nouveau) pipi au lit"
    r"|ne (?:parle|mange|dort) plus (?:depuis|a personne)",
    # An adult entering a younger sibling's room at night, the child afraid of him; "jeux"
    # that are "bizarres", a child who no longer wants to be alone with him.
    r"(?:ne )?veut (?:plus|pas) (?:rester|etre) seule? avec (?:lui|son|mon|ce|cet)"
    r"|'?jeux'? (?:bizarres|secrets|speciaux|etranges)",
    # A professional's concern about one child shown by signs: sexual drawings, trembling when
    # her stepfather comes to pick her up.
    r"dessins? (?:[\w-]+ )?(?:sexuels|obscenes|sexualises)|dessine des (?:choses|trucs)"
    r" (?:sexuelles|sexuels|bizarres)",
    r"(?:tremble|pleure|panique|se fige|se crispe)\w* (?:[\w-]+ ){0,2}(?:quand|des que)"
    r" (?:son|sa|le|la) (?:beau-pere|pere|oncle|copain de sa mere|ami de sa mere)"
    r" (?:vient|arrive|passe)",
)
