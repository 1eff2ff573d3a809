/**
 * The sponsorship agreement template (templates/sponsors/admin/contracts/sponsorship-agreement.md),
 * the default staff start from when none is stored. Its dialect is described in
 * document/utils.ts; every `{{ }}` value is the sponsor's or the sponsorship's, shown as text.
 */
export const CONTRACT_TEMPLATE_NAME = "sponsorship-agreement";

/** The variables the agreement template gets (the template form lists them). */
export const CONTRACT_TEMPLATE_VARIABLES = [
  "renewal",
  "sponsor_name",
  "sponsor_name_upper",
  "incorporation_location",
  "effective_date",
  "previous_effective_date",
  "sponsor_info",
  "contact_name",
  "contact_phone",
  "contact_email",
  "address_lines",
  "sponsorship_year",
  "sponsorship_level",
  "fee_words",
  "fee_digits",
  "benefits",
  "legal_clauses",
] as const;

export const DEFAULT_CONTRACT_TEMPLATE = `**THIS SPONSORSHIP AGREEMENT{% if renewal %} RENEWAL{% endif %}** (the **"Agreement"**) is entered into and made effective as of the {{ effective_date }} (the **"Effective Date"**), by and between the **Python Software Foundation** (the **"PSF"**), a Delaware nonprofit corporation, and **{{ sponsor_name_upper }}** (**"Sponsor"**), a {{ incorporation_location }} corporation. Each of the PSF and Sponsor are hereinafter sometimes individually referred to as a **"Party"** and collectively as the **"Parties"**.

## RECITALS

**WHEREAS**, the PSF is a tax-exempt charitable organization (EIN 04-3594598) whose mission is to promote, protect, and advance the Python programming language, and to support and facilitate the growth of a diverse and international community of Python programmers (the **"Programs"**);

**WHEREAS**, Sponsor is {{ sponsor_info }}; and

{% if renewal %}**WHEREAS**, Sponsor and the PSF previously entered into a Sponsorship Agreement with the effective date of the {{ previous_effective_date }} and a term of one year (the "Sponsorship Agreement").

**WHEREAS**, Sponsor wishes to renew its support of the Programs by making a contribution to the PSF.
{% else %}**WHEREAS**, Sponsor wishes to support the Programs by making a contribution to the PSF.
{% endif %}
## AGREEMENT

**NOW, THEREFORE**, in consideration of the foregoing and the mutual covenants contained herein, and for other good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the Parties hereto agree as follows:

{% if renewal %}1. __**Replacement of the Exhibit**__. Exhibit A to the Sponsorship Agreement is replaced with Exhibit A below.

1. __**Renewal**__. Approval and incorporation of this new exhibit with the previous Sponsor Benefits shall be considered written notice by Sponsor to the PSF that you wish to continue the terms of the Sponsorship Agreement for an additional year and to contribute the new Sponsorship Payment specified in Exhibit A, beginning on the Effective Date, as contemplated by Section 6 of the Sponsorship Agreement.
{% else %}1. __**Recitals Incorporated**__. Each of the above Recitals is incorporated into and is made a part of this Agreement.

1. __**Exhibits Incorporated by Reference**__. All exhibits referenced in this Agreement are incorporated herein as integral parts of this Agreement and shall be considered reiterated herein as fully as if such provisions had been set forth verbatim in this Agreement.

1. __**Sponsorship Payment**__. In consideration for the right to sponsor the PSF and its Programs, and to be acknowledged by the PSF as a sponsor in the manner described herein, Sponsor shall make a contribution to the PSF (the "Sponsorship Payment") in the amount shown in Exhibit A.

1. __**Acknowledgement of Sponsor**__. In return for the Sponsorship Payment, Sponsor will be entitled to receive the sponsorship package described in Exhibit A attached hereto (the "Sponsor Benefits").

1. __**Intellectual Property**__. The PSF is the sole owner of all right, title, and interest to all the PSF information, including the PSF's logo, trademarks, trade names, and copyrighted information, unless otherwise provided.

    1. __Grant of License by the PSF__. The PSF hereby grants to Sponsor a limited, non-exclusive license to use certain of the PSF's intellectual property, including the PSF's name, acronym, and logo (collectively, the "PSF Intellectual Property"), solely in connection with promotion of Sponsor's sponsorship of the Programs.

    1. __Grant of License by Sponsor__. Sponsor hereby grants to the PSF a limited, non-exclusive license to use certain of Sponsor's intellectual property, including names, trademarks, and copyrights (collectively, "Sponsor Intellectual Property"), solely to identify Sponsor as a sponsor of the Programs and the PSF.

1. __**Term**__. The Term of this Agreement will begin on the Effective Date and continue for a period of one (1) year. The Agreement may be renewed for one (1) year by written notice from Sponsor to the PSF.

1. __**Termination**__. The Agreement may be terminated (i) by either Party for any reason upon sixty (60) days prior written notice to the other Party; (ii) if one Party notifies the other Party that the other Party is in material breach of its obligations under this Agreement and such breach (if curable) is not cured with fifteen (15) days of such notice; or (iii) if both Parties agree to terminate by mutual written consent.

1. __**Code of Conduct**__. Sponsor and all of its representatives shall conduct themselves at all times in accordance with the Python Software Foundation Code of Conduct (https://www.python.org/psf/conduct) and/or the PyCon Code of Conduct (https://pycon.us/code-of-conduct), as applicable.

1. __**Governing Law; Jurisdiction**__. This Agreement shall be construed in accordance with the laws of the State of Delaware, without regard to its conflicts of law principles.

1. __**Notices**__. All notices or other communications to be given or delivered under the provisions of this Agreement shall be in writing and delivered to the Party to receive notice at the following addresses:

    If to Sponsor:

> {{ contact_name }}
> {{ sponsor_name }}
{% for line in address_lines %}> {{ line }}
{% endfor %}> Facsimile: {{ contact_phone }}
> Email: {{ contact_email }}

    If to the PSF:

> Executive Director
> Python Software Foundation
> 9450 SW Gemini Dr. ECM # 90772
> Beaverton, OR 97008 USA
> Email: legal@python.org

1. __**Entire Agreement**__. This Agreement (including the Exhibits) sets forth the entire agreement of the Parties and supersedes all prior oral or written agreements or understandings between the Parties as to the subject matter of this Agreement.
{% endif %}
### [Signature Page Follows]

\\newpage

## SPONSORSHIP AGREEMENT{% if renewal %} RENEWAL{% endif %}

**IN WITNESS WHEREOF**, the Parties hereto have duly executed this **Sponsorship Agreement{% if renewal %} Renewal{% endif %}** as of the **Effective Date**.

> **PSF**:
> **PYTHON SOFTWARE FOUNDATION**,
> a Delaware non profit corporation
>
> By: ________________________________
> Name: ________________________________
> Title: ________________________________
>
> **SPONSOR**:
> **{{ sponsor_name_upper }}**,
> a {{ incorporation_location }} entity
>
> By: ________________________________
> Name: ________________________________
> Title: ________________________________

\\newpage

## SPONSORSHIP AGREEMENT{% if renewal %} RENEWAL{% endif %}

### EXHIBIT A

1. __**Sponsorship**__. During the Term of this Agreement, in return for the Sponsorship Payment, the PSF agrees to identify and acknowledge Sponsor as a {{ sponsorship_year }} {{ sponsorship_level }} Sponsor of the Programs and of the PSF, in accordance with the United States Internal Revenue Service guidance applicable to qualified sponsorship payments.

1. __**Sponsorship Payment**__. The amount of Sponsorship Payment shall be {{ fee_words }} USD (\${{ fee_digits }}). The Sponsorship Payment is due within thirty (30) days of the Effective Date.

1. __**Receipt of Payment**__. Sponsor must submit full payment in order to secure Sponsor Benefits.

1. __**Refunds**__. The PSF does not offer refunds for sponsorships. The PSF may cancel the event(s) or any part thereof. In that event, the PSF shall determine and refund to Sponsor the proportionate share of the balance of the aggregate Sponsorship fees applicable to event(s) received which remain after deducting all expenses incurred by the PSF.

1. __**Sponsor Benefits**__. Sponsor Benefits per the Agreement are:

    1. Acknowledgement as described under "Sponsorship" above.
{% for benefit in benefits %}    1. {{ benefit }}
{% endfor %}
{% if legal_clauses.size > 0 %}1. __**Legal Clauses**__. Related legal clauses are:

{% for clause in legal_clauses %}    1. {{ clause }}
{% endfor %}{% endif %}`;
