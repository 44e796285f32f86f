"""Social-work recognizers, one module each; `social_work_recognizers` lists them all."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from redact.detect.recognizers.account_ending import AccountEndingRecognizer
from redact.detect.recognizers.age import AgeRecognizer
from redact.detect.recognizers.birth_date import BirthDateRecognizer
from redact.detect.recognizers.capitalised import StrictCapitalisedRecognizer
from redact.detect.recognizers.card_number import CardNumberRecognizer
from redact.detect.recognizers.case_number import CaseNumberRecognizer
from redact.detect.recognizers.caseless_name import CaselessNameRecognizer
from redact.detect.recognizers.county_of import CountyOfRecognizer
from redact.detect.recognizers.court_number import CourtNumberRecognizer
from redact.detect.recognizers.date import CaseNoteDateRecognizer
from redact.detect.recognizers.date_range import DateRangeRecognizer
from redact.detect.recognizers.demographic import DemographicRecognizer
from redact.detect.recognizers.email import OfflineEmailRecognizer
from redact.detect.recognizers.employer import EmployerRecognizer
from redact.detect.recognizers.firm_name import FirmNameRecognizer
from redact.detect.recognizers.id_number import IdNumberRecognizer
from redact.detect.recognizers.infant_name import InfantNameRecognizer
from redact.detect.recognizers.institution import InstitutionRecognizer
from redact.detect.recognizers.long_number import LongNumberRecognizer
from redact.detect.recognizers.lower_case_date import LowerCaseDateRecognizer
from redact.detect.recognizers.masked_tail import MaskedAccountRecognizer, MaskedTailRecognizer
from redact.detect.recognizers.medical_record import MedicalRecordNumberRecognizer
from redact.detect.recognizers.member_id import MemberIdRecognizer
from redact.detect.recognizers.money import MoneyRecognizer
from redact.detect.recognizers.named_street import NamedStreetRecognizer
from redact.detect.recognizers.phone import PhoneShapeRecognizer
from redact.detect.recognizers.relation_name import RelationNameRecognizer
from redact.detect.recognizers.room_number import RoomNumberRecognizer
from redact.detect.recognizers.social_handle import SocialHandleRecognizer
from redact.detect.recognizers.spoken_digits import SpokenDigitsRecognizer
from redact.detect.recognizers.street_address import StreetAddressRecognizer
from redact.detect.recognizers.titled_initials import TitledInitialsRecognizer
from redact.detect.recognizers.titled_name import TitledNameRecognizer
from redact.detect.recognizers.us_state import UsStateCodeRecognizer
from redact.detect.recognizers.vehicle_plate import VehiclePlateRecognizer
from redact.detect.recognizers.zip_code import ZipCodeRecognizer


def social_work_recognizers(strict: bool = False) -> list[EntityRecognizer]:
    """A fresh instance of every recognizer of ours; with `strict`, the strict-mode ones too.

    Strict-mode recognizers trade readability for recall; only policies that set
    `strict_capitalised` (posts, research data sets) ask for them.
    """
    recognizers: list[EntityRecognizer] = [
        AccountEndingRecognizer(),
        AgeRecognizer(),
        BirthDateRecognizer(),
        CardNumberRecognizer(),
        CaselessNameRecognizer(),
        CaseNumberRecognizer(),
        CaseNoteDateRecognizer(),
        CountyOfRecognizer(),
        CourtNumberRecognizer(),
        OfflineEmailRecognizer(),
        EmployerRecognizer(),
        InfantNameRecognizer(),
        InstitutionRecognizer(),
        LongNumberRecognizer(),
        LowerCaseDateRecognizer(),
        MaskedAccountRecognizer(),
        MaskedTailRecognizer(),
        MedicalRecordNumberRecognizer(),
        MemberIdRecognizer(),
        MoneyRecognizer(),
        PhoneShapeRecognizer(),
        RelationNameRecognizer(),
        SocialHandleRecognizer(),
        SpokenDigitsRecognizer(),
        StreetAddressRecognizer(),
        TitledInitialsRecognizer(),
        TitledNameRecognizer(),
        UsStateCodeRecognizer(),
        VehiclePlateRecognizer(),
        ZipCodeRecognizer(),
    ]
    if strict:
        recognizers += [
            StrictCapitalisedRecognizer(),
            DemographicRecognizer(),
            IdNumberRecognizer(),
            NamedStreetRecognizer(),
            FirmNameRecognizer(),
            DateRangeRecognizer(),
            RoomNumberRecognizer(),
        ]
    return recognizers
