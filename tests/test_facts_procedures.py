"""Only disclosure applications are ``requests.*`` (SCHEMA §3): an application
in another procedure (a licence, a status, a service: wordlists.json
``service_applications``) is another kind of count, whatever verb receives it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_facts import by_quantity, facts_of

_SOUGHT = st.sampled_from(
    [
        "教师资格认定",
        "执业资格",
        "政务服务",
        "学籍转学",
        "户口迁移落户",
        "企业名称变更",
        "医师执业注册",
        "最低生活保障救助",
    ]
)
_VERBS = st.sampled_from(["受理", "收到", "共受理", "办结", "办理", "共接收"])


@settings(max_examples=80, deadline=None)
@given(sought=_SOUGHT, verb=_VERBS, n=st.integers(2, 5000))
def test_another_procedures_applications_are_no_requests(sought: str, verb: str, n: int) -> None:
    text = f"全年{verb}{sought}申请{n}件。"
    f = by_quantity(facts_of(text, year=2022, model="auto"), text, f"{n}件")
    assert not f.type.startswith("requests.")


@settings(max_examples=40, deadline=None)
@given(
    noun=st.sampled_from(["政府信息公开申请", "信息公开申请", "申请", "依申请公开", "公开申请"]),
    verb=st.sampled_from(["受理", "收到", "共受理", "新收"]),
    n=st.integers(1, 500),
)
def test_disclosure_applications_stay_requests(noun: str, verb: str, n: int) -> None:
    text = f"全年{verb}{noun}{n}件。"
    f = by_quantity(facts_of(text, year=2022, model="auto"), text, f"{n}件")
    assert f.type == "requests.received"
