"""The currencies a family can name for its pocket money, and how an amount of one reads.

A family's settings may name its currency (``accounts.ParentProfile.currency``); a conversion request
keeps the one it was priced in (``economy.RedemptionRequest.currency``), as it keeps its rate. Blank
means none named: amounts read as plain numbers ("2.00"), as they always did. Every currency listed
has cents (two decimals), which is what a conversion's amount holds. The web app formats with the
browser's own rules from the same code.
"""

from decimal import Decimal

# code: (name, symbol), in the order the settings list them
CURRENCIES: dict[str, tuple[str, str]] = {
    "USD": ("US dollar", "$"),
    "EUR": ("Euro", "€"),
    "GBP": ("Pound sterling", "£"),
    "CAD": ("Canadian dollar", "CA$"),
    "AUD": ("Australian dollar", "A$"),
    "NZD": ("New Zealand dollar", "NZ$"),
    "CHF": ("Swiss franc", "CHF "),
    "SEK": ("Swedish krona", "SEK "),
    "NOK": ("Norwegian krone", "NOK "),
    "DKK": ("Danish krone", "DKK "),
    "PLN": ("Polish złoty", "PLN "),
    "INR": ("Indian rupee", "₹"),
    "ZAR": ("South African rand", "R"),
    "SGD": ("Singapore dollar", "S$"),
    "HKD": ("Hong Kong dollar", "HK$"),
    "MXN": ("Mexican peso", "MX$"),
    "BRL": ("Brazilian real", "R$"),
}
CURRENCY_CHOICES = [("", "None (plain numbers)")] + [(code, f"{name} ({code})") for code, (name, _) in
                                                      CURRENCIES.items()]
CURRENCY_MAX_LENGTH = 3


def cash_label(amount: Decimal | float, currency: str) -> str:
    """An amount of pocket money as people read it: "£2.00", "CHF 2.00"; "2.00" without a currency."""
    symbol = CURRENCIES[currency][1] if currency else ""
    return f"{symbol}{Decimal(amount):.2f}"
