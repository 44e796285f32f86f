"""Nationality, ethnicity and religion words, for when a post writes them in lower case.

spaCy tags "Cambodian" or "Shia" as NORP when capitalised; "i am cambodian" or "we are proud
saudis" in a post it misses. Nationality and religion narrow down who a client is in a
small community, so strict policies take these words in any case. The list is ours: no
package we install ships demonyms.
"""

from __future__ import annotations

from typing import Final

_DEMONYMS: Final = """
afghan albanian algerian american andorran angolan argentine argentinian armenian
australian austrian azerbaijani bahamian bahraini bangladeshi barbadian belarusian belgian
belizean belizian beninese bhutanese bolivian bosnian botswanan brazilian british bruneian
bulgarian burkinabe burmese burundian cambodian cameroonian canadian cape-verdean chadian
chilean chinese colombian comorian congolese costa-rican croatian cuban cypriot czech
danish djiboutian dominican dutch ecuadorian egyptian emirati english equatoguinean
eritrean estonian ethiopian fijian filipino finnish french gabonese gambian georgian german
ghanaian greek grenadian guatemalan guinean guyanese haitian honduran hungarian icelandic
indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian
kazakh kenyan kiribati korean kosovar kuwaiti kyrgyz lao laotian latvian lebanese lesotho
liberian libyan lithuanian luxembourgish macedonian malagasy malawian malaysian maldivian
malian maltese marshallese mauritanian mauritian mexican micronesian moldovan monegasque
mongolian montenegrin moroccan mozambican namibian nauruan nepalese nepali nicaraguan
nigerian nigerien norwegian omani pakistani palauan palestinian panamanian papuan
paraguayan peruvian polish portuguese puerto-rican qatari romanian russian rwandan salvadoran
samoan saudi scottish senegalese serbian seychellois sierra-leonean singaporean slovak
slovakian slovenian somali somalian sudanese surinamese swazi swedish swiss syrian
taiwanese tajik tanzanian thai togolese tongan trinidadian tunisian turkish turkmen tuvaluan
ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
hispanic latino latina latinx arab asian african caucasian creole hmong kurdish navajo
cherokee lakota ojibwe inuit romani roma somali tamil punjabi pashtun berber
ojibwa chippewa anishinaabe anishinabe anishinaabeg mdewakanton wahpeton sisseton yankton
oglala hunkpapa ho-chunk menominee potawatomi choctaw chickasaw muscogee seminole osage
kiowa comanche arapaho blackfeet shoshone paiute hopi zuni apache yupik inupiat
ojibwemowin anishinaabemowin dakotiyapi lakotiyapi
muslim christian catholic protestant jewish hindu sikh buddhist mormon jehovah's amish
mennonite orthodox evangelical baptist methodist lutheran pentecostal sunni shia shiite
shii atheist agnostic
"""

#: Lower-case demonyms and religion words, with their plurals ("saudis", "surinameses").
DEMONYMS: Final[frozenset[str]] = frozenset(
    form
    for word in _DEMONYMS.split()
    for form in (word, word + "s", word + "es", word.replace("-", " "))
)
