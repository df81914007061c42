#!/usr/bin/env python3
"""Deterministic demo-data generator for the fictional county 示范县 (Anjian suite).

Writes three UTF-8 CSV files and a GeoJSON file (header row, RFC 4180 quoting, LF line endings) into
bundles/demo/src/main/resources/demo/:

    regions.csv      county / township / village / grid hierarchy (12- and 15-digit codes)
    enterprises.csv  330 enterprises with valid GB 32100-2015 unified social credit codes
    hazards.csv      420 hazards in various closed-loop states
    townships.geojson the outlines of the 9 townships for the county map (一张图), as fictional as the county

Python 3.11 standard library only. A fixed seed makes the output byte-identical
on every run. Day values in hazards.csv are relative to the day the data is
loaded ("today"), so the demo never goes stale.

Usage:  python3 tools/demo-data/generate_demo.py [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import random
from collections import Counter
from pathlib import Path

SEED = 20240601
COUNTY_CODE6 = "330999"
COUNTY_CODE = COUNTY_CODE6 + "000000"
COUNTY_NAME = "示范县"
PROVINCE = "浙江省"

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "bundles" / "demo" / "src" / "main" / "resources" / "demo"

# ---------------------------------------------------------------------------
# Check characters (DOMAIN.md 1.1)
# ---------------------------------------------------------------------------

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 chars, no I O S V Z
USCC_WEIGHTS = [pow(3, i, 31) for i in range(17)]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc_check_char(first17: str) -> str:
    """GB 32100-2015 check character (position 18)."""
    s = sum(USCC_CHARSET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_CHARSET[(31 - s % 31) % 31]


def org_check_char(body8: str) -> str:
    """GB 11714 organisation-code check character over 8 characters.

    Digits count as themselves, letters A=10 ... Z=35 (plain alphabet order)."""
    s = 0
    for c, w in zip(body8, ORG_WEIGHTS):
        v = int(c) if c.isdigit() else ord(c) - ord("A") + 10
        s += v * w
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc_valid(code: str) -> bool:
    return (
        len(code) == 18
        and all(c in USCC_CHARSET for c in code)
        and uscc_check_char(code[:17]) == code[17]
    )


def _self_test() -> None:
    assert USCC_WEIGHTS == [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    valid = [
        "91350200776049653A",
        "91440101MA5CJQ4N59",
        "913502000728319549",
        "9135021359498494XQ",
        "91350213678251743X",
        "91350200MA31E12PXF",
        "123502001549897397",
        "91350100M000100Y43",
    ]
    for code in valid:
        assert uscc_valid(code), code
        assert org_check_char(code[8:16]) == code[16], code
    assert not uscc_valid("91350100M000100Y4Z")
    assert uscc_check_char("91350100M000100Y4") == "3"
    assert not uscc_valid("91350203M0001QAY9B")


# ---------------------------------------------------------------------------
# Regions
# ---------------------------------------------------------------------------

# (TTT, name, kind, villages, roads)
TOWNSHIPS = [
    ("001", "城关街道", "STREET", ["文昌社区", "解放社区", "县前社区", "南门社区", "鼓楼社区"],
     ["解放路", "人民路", "中山路", "县前街", "文昌路", "南门街", "鼓楼巷"]),
    ("002", "东城街道", "STREET", ["东湖社区", "新华社区", "朝阳社区", "振兴社区"],
     ["东湖路", "新华路", "朝阳路", "振兴大道", "东环路", "迎宾大道"]),
    ("003", "西湖街道", "STREET", ["西湖社区", "柳浪社区", "望湖社区"],
     ["湖滨路", "柳浪路", "西湖大道", "望湖路", "西环路"]),
    ("101", "临江镇", "TOWN", ["临江村", "渔港村", "沙头村", "东岙村", "江口村", "大岙村"],
     ["滨江路", "渔港路", "海防路", "沙头街", "临江大道"]),
    ("102", "青山镇", "TOWN", ["青山村", "竹坑村", "茶园村", "上坪村"],
     ["青山路", "竹园路", "茶山路", "青云街"]),
    ("103", "石门镇", "TOWN", ["石门村", "前洋村", "后塘村", "岭下村", "溪口村"],
     ["石门大道", "工业路", "前洋路", "溪口路", "兴业路"]),
    ("104", "白沙镇", "TOWN", ["白沙村", "海头村", "南岙村", "盐田村"],
     ["白沙路", "海滨路", "盐场路", "港区路"]),
    ("201", "梅岭乡", "XIANG", ["梅岭村", "高山村", "枫树村"],
     ["梅岭路", "枫林路", "高山路"]),
    ("401", "示范县经济开发区", "ZONE", ["创业社区", "科创社区", "临港社区", "滨江社区"],
     ["经一路", "经二路", "纬三路", "纬五路", "创业大道", "科创路", "临港路", "化工园路"]),
]
TOWNSHIP_BY_TTT = {t[0]: t for t in TOWNSHIPS}


def township_short(ttt: str) -> str:
    """Name as used inside addresses and job titles."""
    name = TOWNSHIP_BY_TTT[ttt][1]
    return "经济开发区" if name.startswith(COUNTY_NAME) else name


def township_place(ttt: str) -> str:
    """Two-character place word, e.g. 临江 for 临江镇."""
    return {"001": "城关", "002": "东城", "003": "西湖", "101": "临江", "102": "青山",
            "103": "石门", "104": "白沙", "201": "梅岭", "401": "开发区"}[ttt]


def township_government(ttt: str) -> str:
    kind = TOWNSHIP_BY_TTT[ttt][2]
    name = TOWNSHIP_BY_TTT[ttt][1]
    if kind == "STREET":
        return name + "办事处"
    if kind == "ZONE":
        return name + "管理委员会"
    return name + "人民政府"


def build_regions(rng: random.Random):
    rows = [(COUNTY_CODE, COUNTY_NAME, "COUNTY", "")]
    villages = []  # dicts
    for ttt, tname, _kind, vnames, _roads in TOWNSHIPS:
        tcode = COUNTY_CODE6 + ttt + "000"
        rows.append((tcode, tname, "TOWNSHIP", COUNTY_CODE))
        for vi, vname in enumerate(vnames, start=1):
            vcode = COUNTY_CODE6 + ttt + f"{vi:03d}"
            rows.append((vcode, vname, "VILLAGE", tcode))
            grids = []
            for gi in range(1, rng.randint(2, 4) + 1):
                gcode = vcode + f"{gi:03d}"
                rows.append((gcode, f"{vname}第{gi}网格", "GRID", vcode))
                grids.append(gcode)
            villages.append({"code": vcode, "name": vname, "ttt": ttt, "grids": grids})
    return rows, villages


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

SURNAMES = (
    "王王王陈陈陈张张李李林林黄吴吴徐徐周杨金金胡朱叶郑方何潘应蒋俞孙施钱沈章毛邵丁洪"
    "汪夏梁谢姚许卢戴傅楼鲍翁蔡余程袁"
)
GIVEN_NAMES = [
    "建国", "志强", "海军", "伟", "丽华", "秀英", "晓东", "国平", "建华", "建军", "海峰", "小军",
    "美娟", "燕", "红英", "卫东", "立新", "永康", "学军", "文斌", "振宇", "佳丽", "雪芳", "俊杰",
    "浩然", "婷婷", "海燕", "春燕", "建平", "国强", "志明", "宏伟", "利民", "勇", "敏", "静",
    "国庆", "雪峰", "晓燕", "亚芬", "素珍", "建新", "伟东", "海波", "杰", "芳芳", "鹏飞", "晨阳",
    "少华", "德明", "永明", "荣华", "金龙", "根富", "水根", "阿六", "彩娣", "月仙", "林峰", "剑锋",
    "锦涛", "宇航", "一帆", "子涵", "若曦", "家豪", "晓峰", "卫国", "文杰", "爱华",
]
MOBILE_PREFIXES = [
    "130", "131", "132", "133", "135", "136", "137", "138", "139",
    "150", "151", "152", "153", "155", "157", "158", "159",
    "180", "181", "185", "186", "187", "188", "189",
]


class People:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.names: set[str] = set()
        self.mobiles: set[str] = set()

    def name(self, unique: bool = True) -> str:
        while True:
            n = self.rng.choice(SURNAMES) + self.rng.choice(GIVEN_NAMES)
            if not unique or n not in self.names:
                self.names.add(n)
                return n

    def mobile(self) -> str:
        while True:
            m = self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"
            if m not in self.mobiles:
                self.mobiles.add(m)
                return m


# ---------------------------------------------------------------------------
# Enterprise naming
# ---------------------------------------------------------------------------

ZIHAO = [  # trade names (字号); well-known real brands deliberately left out
    "宏达", "恒信", "永兴", "华强", "鑫源", "瑞丰", "万顺", "新安", "金海", "东方", "天成", "利民",
    "嘉华", "博远", "海创", "中盛", "兴旺", "合力", "广源", "建安", "安顺", "信达", "泰和", "荣昌",
    "丰泽", "汇通", "宏远", "鼎盛", "远航", "海诚", "隆兴", "振华", "华宇", "金鼎", "聚源", "恒达",
    "昌盛", "明辉", "大洋", "蓝海", "晨光", "旭日", "同创", "永盛", "协力", "三和", "四海", "百川",
    "千禾", "鸿运", "亿丰", "兆丰", "银河", "锦程", "华瑞", "立信", "德润", "和顺", "祥和", "康宁",
    "瑞祥", "恒泰", "宝利", "富源", "金诚", "正源", "启明", "凯达", "天鸿", "时代", "新宇", "万嘉",
    "众诚", "益民", "顺达", "通达", "骏达", "盛达", "日升", "明珠", "金桥", "星海", "云峰", "青峰",
    "东升", "南洋", "北辰", "长丰", "恒昌", "嘉禾", "润达", "佳源", "天和", "永泰", "合兴", "福泰",
    "福源", "东霖", "明城", "鼎力", "华厦", "安泰", "中信达", "海川", "江南", "瓯越", "越新", "浙东",
    "恒丰", "宏图", "永丰", "金泰", "联创", "德信", "泰隆", "国安", "新世纪", "新景", "绿源", "清源",
    "天泽", "宇辰", "盛华", "中恒", "诚达", "汇丰源", "海星", "金帆", "远大", "辉煌", "万利", "兴达",
]
RESTAURANT_ZIHAO = [
    "聚福", "好再来", "老街坊", "海之味", "江南人家", "味香坊", "金福", "鸿宾", "迎宾", "一品鲜",
    "梅园", "渔港", "阿明", "福满", "望江", "湖畔", "东海", "渔村", "海味轩", "品鲜", "百味",
    "香满园", "客来香", "老徐", "阿芳", "三友", "四季", "家常", "乡里乡亲", "小镇", "渔家",
    "老码头", "海鲜坊", "粥香", "食尚", "和记", "顺记", "阿强", "明记", "老树",
]
CONSTRUCTION_PROJECTS = {  # industry class -> typical current projects
    "4710": ["城东安置小区二期", "东湖花园商住楼", "望湖苑住宅小区", "临江镇人才公寓", "文昌府住宅小区一期"],
    "4790": ["县人民医院门诊楼扩建", "开发区标准厂房三期", "青山镇中心小学教学楼", "县职业技术学校实训楼",
             "科创园孵化楼", "县图书馆新馆", "白沙镇卫生院迁建", "东城农贸市场改造"],
    "4812": ["梅岭乡农村公路提升", "临港大道拓宽", "江口大桥维修加固", "青山至石门公路改建"],
    "4813": ["滨江路市政道路", "新华路地下综合管廊", "文昌路综合改造", "西环路雨污分流改造"],
    "4822": ["临江镇海塘加固", "溪口水库除险加固", "白沙渔港防波堤", "梅岭溪流域综合治理"],
    "4910": ["县城10千伏配网改造", "开发区变电所配套线路", "西湖街道老旧小区电力改造"],
    "4920": ["县城供水管网改造", "石门镇污水管网", "开发区集中供热管网", "城东安置小区二期设备安装"],
    "5011": ["县体育中心室内装修", "县人民医院门诊楼装修", "湖滨商业街立面改造", "县行政服务中心装修"],
}


# Enterprise sub-types. counts add up per domain: chemical 80, fishing 40, gas 60,
# special-equipment users 90, construction 60.
# townships: {TTT: weight}; codes: {GB/T 4754-2017 class: weight}
SUBTYPES = {
    # --- hazardous chemicals -------------------------------------------------
    "chem_plant": dict(domain="CHEMICAL", count=50,
                       codes={"2611": 4, "2612": 2, "2613": 4, "2614": 8, "2619": 6, "2631": 3, "2641": 7,
                              "2642": 3, "2645": 3, "2651": 4, "2661": 6, "2662": 5, "2669": 5},
                       townships={"401": 6, "103": 2, "104": 1.5, "102": 0.5}, risk=3.0),
    "chem_trade": dict(domain="CHEMICAL", count=12, codes={"5162": 5, "5169": 7},
                       townships={"001": 2, "002": 2, "401": 2, "003": 1}, risk=1.3),
    "chem_store": dict(domain="CHEMICAL", count=3, codes={"5942": 1},
                       townships={"401": 2, "104": 1}, risk=2.6),
    "chem_station": dict(domain="CHEMICAL", count=15, codes={"5265": 1},
                         townships={"001": 1, "002": 1.5, "003": 1, "101": 1.5, "102": 1, "103": 1.5,
                                    "104": 1, "201": 0.7, "401": 1.5}, risk=1.8),
    # --- fishing ---------------------------------------------------------------
    "fish_sea": dict(domain="FISHING", count=34, codes={"0421": 1}, townships={"101": 5.5, "104": 3.5},
                     villages={"渔港村", "沙头村", "东岙村", "江口村", "大岙村", "海头村", "南岙村", "白沙村"},
                     risk=1.3),
    "fish_inland": dict(domain="FISHING", count=6, codes={"0422": 1}, townships={"201": 2, "102": 1}, risk=0.8),
    # --- gas -------------------------------------------------------------------
    "gas_pipe": dict(domain="GAS", count=3, codes={"4511": 1}, townships={"001": 1, "002": 1, "401": 1}, risk=2.2),
    "gas_lpg": dict(domain="GAS", count=6, codes={"4512": 1},
                    townships={"101": 1, "102": 1, "103": 1, "104": 1, "201": 1, "002": 1}, risk=2.6),
    "gas_lpg_retail": dict(domain="GAS", count=6, codes={"5296": 1},
                           townships={"101": 1, "102": 1, "103": 1, "104": 1, "201": 1, "003": 1}, risk=1.9),
    "gas_cng": dict(domain="GAS", count=2, codes={"5266": 1}, townships={"401": 1, "103": 1}, risk=2.0),
    "restaurant": dict(domain="GAS", count=43, codes={"6210": 6, "6220": 2, "6291": 2},
                       townships={"001": 4, "002": 3, "003": 3, "101": 2.5, "104": 1.5, "102": 1, "103": 1,
                                  "201": 0.7, "401": 1}, risk=0.7),
    # --- special-equipment users -------------------------------------------------
    "se_manuf": dict(domain="SPECIAL_EQUIPMENT", count=40,
                     codes={"3311": 3, "3391": 2, "3441": 3, "3443": 3, "3360": 2, "2922": 2},
                     townships={"401": 5, "103": 3, "002": 1.5, "102": 1, "104": 0.5}, risk=1.3),
    "se_warehouse": dict(domain="SPECIAL_EQUIPMENT", count=8, codes={"5920": 1},
                         townships={"401": 2, "101": 1, "103": 1}, risk=0.9),
    "se_cold": dict(domain="SPECIAL_EQUIPMENT", count=6, codes={"5930": 1},
                    townships={"101": 2, "104": 2, "401": 1}, risk=1.9),
    "se_mall": dict(domain="SPECIAL_EQUIPMENT", count=16, codes={"5211": 2, "5212": 2, "7222": 1},
                    townships={"001": 3, "002": 3, "003": 2, "101": 0.5}, risk=1.1),
    "se_hotel": dict(domain="SPECIAL_EQUIPMENT", count=20, codes={"6110": 3, "6121": 2},
                     townships={"001": 3, "002": 2, "003": 3, "101": 1, "102": 0.5, "201": 0.5, "401": 0.5},
                     risk=0.9),
    # --- construction ------------------------------------------------------------
    "con_building": dict(domain="CONSTRUCTION", count=24, codes={"4710": 3, "4790": 1},
                         townships={"001": 3, "002": 3, "003": 2, "401": 1, "101": 1, "103": 1}, risk=1.7),
    "con_civil": dict(domain="CONSTRUCTION", count=17, codes={"4812": 1, "4813": 2, "4822": 1},
                      townships={"001": 3, "002": 3, "003": 2, "401": 1, "101": 1, "103": 1}, risk=1.5),
    "con_install": dict(domain="CONSTRUCTION", count=11, codes={"4910": 1, "4920": 1},
                        townships={"001": 3, "002": 3, "003": 2, "401": 1, "101": 1, "103": 1}, risk=1.1),
    "con_decor": dict(domain="CONSTRUCTION", count=8, codes={"5011": 1},
                      townships={"001": 3, "002": 3, "003": 2, "401": 1, "101": 1, "103": 1}, risk=0.8),
}

CHEM_SUFFIX = {
    "2611": ["化工有限公司", "化学有限公司"], "2612": ["化工有限公司", "碱业有限公司"],
    "2613": ["化工有限公司", "盐化有限公司"], "2614": ["化工有限公司", "石化有限公司", "化学有限公司"],
    "2619": ["工业气体有限公司", "气体有限公司", "化工有限公司"], "2631": ["农化有限公司", "化工有限公司"],
    "2641": ["涂料有限公司", "漆业有限公司"], "2642": ["油墨有限公司"], "2645": ["染料化工有限公司", "染化有限公司"],
    "2651": ["新材料科技有限公司", "树脂有限公司"], "2661": ["精细化工有限公司", "化学助剂有限公司"],
    "2662": ["精细化工有限公司", "水处理剂有限公司"], "2669": ["新材料有限公司", "化工科技有限公司"],
    "5162": ["石油有限公司", "能源有限公司", "石化贸易有限公司"],
    "5169": ["化工贸易有限公司", "化工物资有限公司", "化工原料有限公司"],
    "5942": ["危险品仓储有限公司", "化工仓储有限公司"],
}
SE_SUFFIX = {
    "3311": ["钢结构有限公司", "钢构有限公司"], "3391": ["铸造有限公司", "铸业有限公司"],
    "3441": ["泵业有限公司"], "3443": ["阀门有限公司", "阀门制造有限公司"],
    "3360": ["热处理有限公司", "表面处理有限公司"], "2922": ["塑业有限公司", "管业有限公司"],
    "5920": ["物流有限公司", "仓储有限公司"], "5930": ["冷链物流有限公司", "水产冷冻有限公司"],
    "5211": ["百货有限公司", "商厦有限公司"], "5212": ["超市有限公司", "连锁超市有限公司"],
    "7222": ["商业管理有限公司", "广场商业管理有限公司"],
    "6110": ["大酒店有限公司", "国际大酒店有限公司", "宾馆有限公司"], "6121": ["酒店管理有限公司", "商务酒店有限公司"],
}
CON_SUFFIX = {
    "4710": [("浙江", "建设有限公司"), ("浙江", "建设集团有限公司"), ("示范县", "建筑工程有限公司"), ("示范县", "建设有限公司")],
    "4790": [("示范县", "建筑有限公司"), ("浙江", "建工有限公司")],
    "4812": [("浙江", "交通工程有限公司"), ("示范县", "公路工程有限公司")],
    "4813": [("示范县", "市政工程有限公司"), ("浙江", "市政建设有限公司")],
    "4822": [("示范县", "水利建设有限公司"), ("浙江", "水利水电工程有限公司")],
    "4910": [("示范县", "电力安装有限公司"), ("浙江", "电气安装工程有限公司")],
    "4920": [("示范县", "安装工程有限公司"), ("浙江", "设备安装有限公司")],
    "5011": [("示范县", "装饰工程有限公司"), ("浙江", "建筑装饰工程有限公司")],
}
RESTAURANT_KIND = {"6210": ["酒楼", "饭店", "海鲜楼", "大排档", "土菜馆", "农家乐"], "6220": ["快餐店"],
                   "6291": ["小吃店", "面馆"]}
RURAL_ONLY_KIND = {"土菜馆", "农家乐"}
RESTAURANT_COMPANY = {"6210": ["酒楼有限公司", "餐饮有限公司", "餐饮管理有限公司"],
                      "6220": ["快餐有限公司", "餐饮有限公司"], "6291": ["小吃有限公司", "餐饮有限公司"]}


def place_of(village_name: str) -> str:
    for suffix in ("社区", "村"):
        if village_name.endswith(suffix):
            return village_name[: -len(suffix)]
    return village_name


def make_name(rng: random.Random, sub: str, code: str, ttt: str, village: dict) -> tuple[str, str]:
    """Returns (name, registration type '1' enterprise / '2' 个体工商户 / '3' 合作社)."""
    z = rng.choice(ZIHAO)
    place = rng.choice([place_of(village["name"]), township_place(ttt)])
    if place == "开发区":
        place = place_of(village["name"])
    if sub in ("chem_plant", "chem_trade", "chem_store"):
        prefix = "浙江" if sub == "chem_plant" and rng.random() < 0.25 else "示范县"
        return prefix + z + rng.choice(CHEM_SUFFIX[code]), "1"
    if sub == "chem_station":
        return rng.choice([f"示范县{place}加油站有限公司", f"示范县{z}石化加油站有限公司",
                           f"示范县{place}{z}加油站"]), "1"
    if sub == "fish_sea":
        if rng.random() < 0.6:
            return rng.choice([f"示范县{place}海洋渔业专业合作社", f"示范县{place}渔业捕捞专业合作社",
                               f"示范县{z}海洋捕捞专业合作社"]), "3"
        return rng.choice([f"示范县{z}远洋渔业有限公司", f"示范县{z}海洋渔业有限公司",
                           f"示范县{z}水产有限公司"]), "1"
    if sub == "fish_inland":
        if rng.random() < 0.65:
            return rng.choice([f"示范县{place}水库渔业专业合作社", f"示范县{place}淡水渔业专业合作社"]), "3"
        return f"示范县{z}生态渔业有限公司", "1"
    if sub == "gas_pipe":
        return rng.choice([f"示范县{z}燃气有限公司", f"示范县{z}天然气有限公司", f"浙江{z}燃气有限公司"]), "1"
    if sub == "gas_lpg":
        return rng.choice([f"示范县{z}液化气有限公司", f"示范县{z}石油液化气有限公司",
                           f"示范县{z}燃气储配有限公司"]), "1"
    if sub == "gas_lpg_retail":
        if rng.random() < 0.5:
            return f"示范县{township_short(ttt)}{z}液化气供应站", "2"
        return f"示范县{z}燃料有限公司", "1"
    if sub == "gas_cng":
        return rng.choice([f"示范县{z}清洁能源有限公司", f"示范县{z}加气站有限公司"]), "1"
    if sub == "restaurant":
        rz = rng.choice(RESTAURANT_ZIHAO)
        if rng.random() < 0.45:
            kinds = RESTAURANT_KIND[code]
            if TOWNSHIP_BY_TTT[ttt][2] not in ("TOWN", "XIANG"):
                kinds = [k for k in kinds if k not in RURAL_ONLY_KIND]
            kind = rng.choice(kinds)
            where = township_short(ttt) if rng.random() < 0.5 else ""
            return f"示范县{where}{rz}{kind}", "2"
        return f"示范县{rz}{rng.choice(RESTAURANT_COMPANY[code])}", "1"
    if sub.startswith("se_"):
        prefix = "浙江" if sub == "se_manuf" and rng.random() < 0.3 else "示范县"
        return prefix + z + rng.choice(SE_SUFFIX[code]), "1"
    if sub.startswith("con_"):
        prefix, suffix = rng.choice(CON_SUFFIX[code])
        return prefix + z + suffix, "1"
    raise ValueError(sub)


def make_credit_code(rng: random.Random, reg_type: str, used: set[str]) -> str:
    numeric_heads = ["14", "25", "55", "56", "57", "58", "59", "66", "67", "68", "69", "70", "71", "72",
                     "73", "74", "75", "76", "77", "79", "05", "06", "07", "08", "09", "30", "31", "32"]
    while True:
        if reg_type == "1" and rng.random() < 0.55:
            # legacy organisation code (8 digits), as carried over into 2015+ USCCs
            body = rng.choice(numeric_heads) + "".join(rng.choice("0123456789") for _ in range(6))
        else:
            # post-2015 style "MA…" body; only characters of the USCC charset
            body = "MA" + rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY"[:12]) + \
                "".join(rng.choice(USCC_CHARSET) for _ in range(5))
        check17 = org_check_char(body)
        if check17 not in USCC_CHARSET:  # cannot happen (0-9, X) but keep the rule explicit
            continue
        first17 = "9" + reg_type + COUNTY_CODE6 + body + check17
        code = first17 + uscc_check_char(first17)
        if code not in used:
            used.add(code)
            return code


# ---------------------------------------------------------------------------
# Enterprises
# ---------------------------------------------------------------------------

RISK_QUOTA = {  # (RED, ORANGE, YELLOW, BLUE); overall ≈ 5 % / 15 % / 40 % / 40 %
    "CHEMICAL": (10, 24, 32, 14),
    "OTHER": (7, 26, 100, 117),
}
COLOURS = ("RED", "ORANGE", "YELLOW", "BLUE")
ASSESSMENT_WEIGHTS = {"RED": (20, 45, 35), "ORANGE": (35, 45, 20), "YELLOW": (45, 40, 15), "BLUE": (55, 37, 8)}
STD_WEIGHTS = {  # LEVEL1, LEVEL2, LEVEL3, NONE
    "chem_plant": (3, 30, 62, 5), "chem_trade": (0, 5, 50, 45), "chem_store": (0, 35, 65, 0),
    "chem_station": (0, 5, 80, 15), "fish_sea": (0, 0, 15, 85), "fish_inland": (0, 0, 0, 100),
    "gas_pipe": (0, 70, 30, 0), "gas_lpg": (0, 30, 60, 10), "gas_lpg_retail": (0, 0, 40, 60),
    "gas_cng": (0, 20, 80, 0), "restaurant": (0, 0, 0, 100), "se_manuf": (0, 8, 50, 42),
    "se_warehouse": (0, 0, 40, 60), "se_cold": (0, 10, 60, 30), "se_mall": (0, 5, 30, 65),
    "se_hotel": (0, 5, 30, 65), "con_building": (0, 20, 55, 25), "con_civil": (0, 15, 55, 30),
    "con_install": (0, 5, 45, 50), "con_decor": (0, 0, 35, 65),
}
STD_GRADES = ("LEVEL1", "LEVEL2", "LEVEL3", "NONE")

DEPT_CADRES = {
    "CHEMICAL": ["县应急管理局副局长", "县应急管理局副局长", "县应急管理局危化品监管科科长"],
    "FISHING": ["县海洋与渔业局副局长", "县海洋与渔业局渔业安全科科长"],
    "GAS": ["县住房和城乡建设局副局长", "县综合行政执法局燃气监管科科长"],
    "SPECIAL_EQUIPMENT": ["县市场监督管理局副局长", "县市场监督管理局特种设备安全监察科科长"],
    "CONSTRUCTION": ["县住房和城乡建设局副局长", "县建设工程质量安全监督站站长"],
}


def township_positions(ttt: str) -> list[str]:
    _, name, kind, _, _ = TOWNSHIP_BY_TTT[ttt]
    if kind == "STREET":
        return [f"{name}党工委副书记", f"{name}办事处副主任", f"{name}党工委委员", f"{name}应急管理站站长"]
    if kind == "ZONE":
        return ["经济开发区管委会副主任", "经济开发区管委会副主任", "经济开发区党工委委员", "经济开发区安全生产监管科科长"]
    head = "副镇长" if kind == "TOWN" else "副乡长"
    return [f"{name}党委副书记", f"{name}{head}", f"{name}党委委员", f"{name}应急管理站站长"]


def build_guarantor_pools(people: People, villages: list[dict]):
    township_pool = {ttt: [(people.name(), pos, people.mobile()) for pos in township_positions(ttt)]
                     for ttt, *_ in TOWNSHIPS}
    village_pool = {}
    for v in villages:
        pos = v["name"] + ("党委书记" if v["name"].endswith("社区") else "党支部书记")
        village_pool[v["code"]] = (people.name(), pos, people.mobile())
    dept_pool = {}
    shared = {}  # the same office held by one person across domains (e.g. 住建局副局长)
    for domain, positions in DEPT_CADRES.items():
        dept_pool[domain] = []
        for i, pos in enumerate(positions):
            key = (pos, i)
            if key not in shared:
                shared[key] = (people.name(), pos, people.mobile())
            dept_pool[domain].append(shared[key])
    return township_pool, village_pool, dept_pool


def departments_for(rng: random.Random, sub: str) -> str:
    if sub.startswith("chem_"):
        depts = ["应急管理局"]
        if sub in ("chem_plant", "chem_store") and rng.random() < 0.35:
            depts.append("消防救援大队")
    elif sub.startswith("fish_"):
        depts = ["海洋与渔业局"]
    elif sub == "gas_lpg":
        depts = ["住房和城乡建设局", "综合行政执法局", "市场监督管理局"]  # cylinder filling is 市场监管
    elif sub == "restaurant":
        depts = ["住房和城乡建设局", "综合行政执法局"]
        if rng.random() < 0.3:
            depts.append("消防救援大队")
    elif sub.startswith("gas_"):
        depts = ["住房和城乡建设局", "综合行政执法局"]
    elif sub in ("se_manuf", "se_cold"):
        depts = ["市场监督管理局"]
        if sub == "se_cold" or rng.random() < 0.6:
            depts.append("应急管理局")  # 工贸 work safety, 涉氨制冷
    elif sub.startswith("se_"):
        depts = ["市场监督管理局"]
        if sub in ("se_mall", "se_hotel") or rng.random() < 0.3:
            depts.append("消防救援大队")
    elif sub.startswith("con_"):
        depts = ["住房和城乡建设局"]
    else:
        raise ValueError(sub)
    return "|".join(depts)


def weighted(rng: random.Random, mapping: dict):
    keys = list(mapping)
    return rng.choices(keys, weights=[mapping[k] for k in keys])[0]


def make_address(rng: random.Random, ttt: str, village: dict) -> str:
    _, tname, kind, _, roads = TOWNSHIP_BY_TTT[ttt]
    n = rng.randint(1, 200) if kind == "ZONE" else rng.randint(1, 388)
    if kind == "ZONE":
        return f"{PROVINCE}{COUNTY_NAME}经济开发区{rng.choice(roads)}{n}号"
    if kind == "STREET" or rng.random() < 0.65:
        return f"{PROVINCE}{COUNTY_NAME}{tname}{rng.choice(roads)}{n}号"
    return f"{PROVINCE}{COUNTY_NAME}{tname}{village['name']}{n}号"


def build_enterprises(rng: random.Random, villages: list[dict], people: People):
    township_pool, village_pool, dept_pool = build_guarantor_pools(people, villages)
    villages_by_ttt: dict[str, list[dict]] = {}
    for v in villages:
        villages_by_ttt.setdefault(v["ttt"], []).append(v)

    used_codes: set[str] = set()
    used_names: set[str] = set()
    ents = []
    for sub, spec in SUBTYPES.items():
        for _ in range(spec["count"]):
            ttt = weighted(rng, spec["townships"])
            candidates = villages_by_ttt[ttt]
            if "villages" in spec:
                candidates = [v for v in candidates if v["name"] in spec["villages"]]
            village = rng.choice(candidates)
            code = weighted(rng, spec["codes"])
            for _attempt in range(200):
                name, reg_type = make_name(rng, sub, code, ttt, village)
                if name not in used_names:
                    break
            else:
                raise RuntimeError("name pool exhausted for " + sub)
            used_names.add(name)
            grid = "" if rng.random() < 0.04 else rng.choice(village["grids"])
            ents.append(dict(
                sub=sub, domain=spec["domain"], ttt=ttt, village=village, reg_type=reg_type,
                creditCode=make_credit_code(rng, reg_type, used_codes), name=name, industryCode=code,
                address=make_address(rng, ttt, village), regionCode=village["code"], gridCode=grid,
                supervisingDepartments=departments_for(rng, sub),
                score=spec["risk"] + rng.gauss(0, 0.9),
                principal=people.name(unique=False),
                project=rng.choice(CONSTRUCTION_PROJECTS[code]) if sub.startswith("con_") else "",
            ))

    # risk colour by quota, ranked by an inherent-risk score with noise
    for group, quota in RISK_QUOTA.items():
        members = [e for e in ents if (e["domain"] == "CHEMICAL") == (group == "CHEMICAL")]
        assert len(members) == sum(quota), (group, len(members))
        members.sort(key=lambda e: -e["score"])
        i = 0
        for colour, n in zip(COLOURS, quota):
            for e in members[i:i + n]:
                e["riskColour"] = colour
            i += n

    for e in ents:
        e["assessment"] = rng.choices(("GOOD", "FAIR", "POOR"), weights=ASSESSMENT_WEIGHTS[e["riskColour"]])[0]
        e["standardizationGrade"] = rng.choices(STD_GRADES, weights=STD_WEIGHTS[e["sub"]])[0]
        n_guar = {"RED": 3, "ORANGE": rng.choice((2, 3)), "YELLOW": rng.choice((1, 2, 2)),
                  "BLUE": rng.choice((1, 1, 2))}[e["riskColour"]]
        guars = [rng.choice(township_pool[e["ttt"]][:3] if e["riskColour"] in ("RED", "ORANGE")
                            else township_pool[e["ttt"]])]
        extra = [rng.choice(dept_pool[e["domain"]]), village_pool[e["regionCode"]]]
        if e["riskColour"] not in ("RED", "ORANGE"):
            extra.reverse()
        guars += extra[: n_guar - 1]
        e["guarantors"] = "|".join(f"{n}/{p}/{m}" for n, p, m in guars)
    return ents


# ---------------------------------------------------------------------------
# Hazard catalogue: (category, description, rectification evidence)
# ---------------------------------------------------------------------------

GENERAL_POOLS = {
    "chem_plant": [
        ("EQUIPMENT", "液氨储罐区可燃气体报警器未定期检定",
         "已委托县计量检定所对储罐区8台可燃气体报警器完成检定，附检定证书及现场标签照片"),
        ("EQUIPMENT", "储罐液位计与高液位报警联锁未投用",
         "已恢复液位高高报警联锁并完成联锁测试，附联锁投用审批单和DCS截图"),
        ("EQUIPMENT", "压力管道安全阀超期未校验",
         "安全阀已拆卸送检并重新铅封，附校验报告及安装后照片"),
        ("EQUIPMENT", "反应釜温度报警值设置不合理且联锁摘除未履行审批",
         "已按工艺安全信息重新设定报警值，补办联锁摘除审批并恢复联锁，附变更审批单"),
        ("MANAGEMENT_SYSTEM", "动火作业票缺少气体分析数据，作业票填写不规范",
         "已组织作业票证专项培训，补齐气体分析记录，附整改后作业票样本及培训签到表"),
        ("MANAGEMENT_SYSTEM", "变更管理制度未执行，工艺参数调整未履行审批手续",
         "已补办变更审批并开展风险分析，修订变更管理制度，附变更审批表和分析记录"),
        ("MANAGEMENT_SYSTEM", "安全生产责任制未覆盖全部岗位，部分班组长职责不明确",
         "已修订全员安全生产责任制并逐级签订责任书，附修订文件及签字页扫描件"),
        ("TRAINING", "新入职操作工未经三级安全教育即上岗",
         "已对新员工补充三级安全教育并考核合格，附培训签到表、试卷及成绩单"),
        ("TRAINING", "危险化学品安全作业特种作业操作证过期未复审",
         "相关人员已参加复审并取得有效证件，复审期间已调离特种作业岗位，附证件复印件"),
        ("EMERGENCY", "应急预案未按规定开展演练，缺少演练评估记录",
         "已组织储罐泄漏专项应急演练并完成评估，附演练方案、照片及评估报告"),
        ("EMERGENCY", "事故应急池常态存水，有效容积不足",
         "已清空应急池并设置液位标识，建立每日巡查记录，附整改后照片"),
        ("EMERGENCY", "装置区洗眼器、紧急喷淋装置无法正常出水",
         "已更换故障阀门并恢复供水，建立每周试用记录，附试用照片"),
        ("FIRE", "甲类仓库内物料超量堆放，堆垛间距不足",
         "已将超量物料转移至合规仓库，按要求划线分区堆放，附整改前后对比照片"),
        ("FIRE", "罐区消防喷淋系统阀门锈蚀无法正常开启",
         "已更换锈蚀阀门并进行喷淋联动测试，附维修记录和测试视频截图"),
        ("ELECTRICAL", "爆炸危险区域内使用非防爆照明灯具",
         "已更换为防爆型灯具并附防爆合格证，附整改前后对比照片"),
        ("ELECTRICAL", "防雷防静电接地检测报告过期",
         "已委托有资质机构完成防雷检测，附新检测报告"),
        ("ELECTRICAL", "装卸区静电接地报警器损坏未修复",
         "已更换静电接地报警器并试验合格，附更换记录及照片"),
        ("CONFINED_SPACE", "反应釜检修受限空间作业未执行先通风、再检测、后作业",
         "已修订受限空间作业管理规定并开展专项培训，附培训记录及后续作业票"),
        ("CONFINED_SPACE", "污水池等有限空间未设置警示标识和安全告知牌",
         "已在全部有限空间入口设置警示标识和告知牌，建立有限空间台账，附照片"),
        ("DUST_EXPLOSION", "粉状物料投料口未设置局部除尘，现场粉尘积聚",
         "已增设投料口局部除尘设施并清理积尘，附安装照片和清扫记录"),
        ("SITE", "装置区地面物料跑冒滴漏，未及时清理",
         "已更换泄漏法兰垫片并清理地面，落实班组巡检，附整改后照片"),
        ("SITE", "危险化学品储存场所未设置安全周知卡和警示标志",
         "已张贴安全周知卡和警示标志，附现场照片"),
        ("OTHER", "危险化学品出入库台账与实际库存不符",
         "已盘点库存并更正台账，落实双人复核制度，附盘点表"),
    ],
    "chem_station": [
        ("ELECTRICAL", "加油机静电接地线断裂未修复",
         "已重新连接静电接地线并测试接地电阻合格，附测试记录"),
        ("SITE", "卸油作业时未设置警戒区，油罐车静电接地未连接",
         "已制定卸油作业规程并配备警戒桩，组织员工培训，附培训记录和卸油现场照片"),
        ("EQUIPMENT", "油气回收系统未按规定定期检测",
         "已委托第三方完成油气回收系统检测，附检测报告"),
        ("FIRE", "加油站站房内违规设置员工宿舍",
         "已拆除站房内住宿床铺，员工宿舍迁至站外，附整改前后照片"),
        ("FIRE", "加油区灭火毯、推车式灭火器配备不足",
         "已按规范补充配备灭火器材，附采购单据及现场照片"),
        ("MANAGEMENT_SYSTEM", "危险化学品经营许可证载明负责人与实际不符未及时变更",
         "已向应急管理局申请变更并取得新证，附许可证复印件"),
    ],
    "chem_trade": [
        ("MANAGEMENT_SYSTEM", "未建立危险化学品购销台账，未核查购买单位资质",
         "已建立购销台账并补录近三个月交易记录，附台账及购买方资质复印件"),
        ("MANAGEMENT_SYSTEM", "危险化学品安全技术说明书和安全标签未随货提供",
         "已整理全部经营品种的安全技术说明书，建立随货提供制度，附清单"),
        ("TRAINING", "主要负责人危险化学品经营单位安全培训合格证过期",
         "主要负责人已参加复训并考核合格，附合格证复印件"),
        ("OTHER", "委托无危险货物道路运输资质的车辆运输危险化学品",
         "已与有资质的运输企业签订运输合同，附合同及对方资质证明"),
        ("FIRE", "仓库内禁忌物料混存，未设置隔离",
         "已对禁忌物料分库存放并设置隔离标识，附整改后照片"),
    ],
    "fish": [
        ("EQUIPMENT", "渔船救生筏过期未检验",
         "救生筏已送有资质检修站检验并取得合格证书，附证书及上船照片"),
        ("EQUIPMENT", "渔船救生衣数量不足，部分破损",
         "已按核定船员数量补配救生衣并更换破损救生衣，附采购单据和清点照片"),
        ("EQUIPMENT", "渔船北斗终端故障未及时报修",
         "已由设备厂家维修并恢复在线，附维修单和平台在线截图"),
        ("EQUIPMENT", "渔船未按期进行年度检验",
         "已完成年度检验并取得检验证书签注，附检验证书复印件"),
        ("EQUIPMENT", "应急无线电示位标（EPIRB）电池过期",
         "已更换示位标电池并测试，附更换记录及测试照片"),
        ("TRAINING", "职务船员配备不足，船长适任证书过期",
         "船长已完成证书换发，并补充聘用持证轮机人员，附证书复印件及劳动合同"),
        ("TRAINING", "普通船员未参加基本安全培训",
         "已组织船员参加渔业船员基本安全培训并取得合格证，附合格证复印件"),
        ("MANAGEMENT_SYSTEM", "出海前未落实进出港报告制度",
         "已组织船东学习进出港报告规定并签订承诺书，附承诺书和近期报告记录"),
        ("MANAGEMENT_SYSTEM", "合作社未建立渔船安全生产管理台账",
         "已建立社员渔船安全管理台账，逐船登记证书和船员信息，附台账"),
        ("SITE", "渔船甲板堆放网具杂物，安全通道堵塞",
         "已清理甲板杂物并划定通道，附整改后照片"),
        ("ELECTRICAL", "渔船舱室电线老化裸露",
         "已更换舱室老化电线并加装线槽，附整改前后照片"),
        ("FIRE", "渔船机舱灭火器失效",
         "已更换机舱灭火器并登记有效期，附照片"),
        ("FIRE", "渔船消防泵无法正常启动",
         "已维修消防泵并试车正常，附维修记录及试车视频截图"),
        ("EMERGENCY", "台风季节应急预案未更新，未开展回港避风演练",
         "已修订防台应急预案并组织回港避风演练，附预案和演练照片"),
        ("CONFINED_SPACE", "鱼舱有限空间作业前未进行通风和气体检测",
         "已配备便携式气体检测仪并制定鱼舱作业规程，附采购单和培训记录"),
    ],
    "gas_co": [
        ("EQUIPMENT", "液化石油气钢瓶充装前未逐只检查，存在超期未检钢瓶",
         "已将超期钢瓶全部送检或报废，建立充装前检查记录，附检查记录和送检单"),
        ("SITE", "瓶装液化气供应站实瓶、空瓶未分区存放",
         "已划线分区并设置标识牌，附整改后照片"),
        ("EQUIPMENT", "供应站瓶库未配置可燃气体浓度检测报警器",
         "已安装可燃气体报警器并与排风机联动，附安装验收记录"),
        ("MANAGEMENT_SYSTEM", "燃气管网巡线记录不完整，部分管段超过巡检周期",
         "已补充巡检并完善巡线记录，启用巡检定位打卡，附巡检记录"),
        ("SITE", "调压箱周边违规堆放杂物，安全警示标识缺失",
         "已清理杂物并补设警示标识，附照片"),
        ("TRAINING", "送气工未经燃气从业人员专业培训考核",
         "送气工已参加燃气从业人员培训并考核合格，附合格证明"),
        ("MANAGEMENT_SYSTEM", "未按规定开展用户燃气设施入户安全检查",
         "已制定入户安检计划并完成首轮安检，附安检记录汇总表"),
        ("ELECTRICAL", "储罐区防雷防静电接地电阻超标",
         "已增设接地极并复测合格，附检测报告"),
        ("EQUIPMENT", "加气机拉断阀未定期检查更换",
         "已更换拉断阀并建立定期检查记录，附更换记录"),
    ],
    "restaurant": [
        ("EQUIPMENT", "厨房燃气管道未安装泄漏报警装置",
         "已安装可燃气体泄漏报警器，附安装照片及合格证"),
        ("EQUIPMENT", "使用橡胶软管连接燃气具且软管老化开裂",
         "已更换为金属波纹软管，附更换前后照片"),
        ("EQUIPMENT", "燃气灶具未设置熄火保护装置",
         "已更换带熄火保护装置的商用灶具，附购买凭证和照片"),
        ("EQUIPMENT", "燃气泄漏报警器与紧急切断阀未实现联动",
         "已由燃气企业加装紧急切断阀并完成联动测试，附测试记录"),
        ("SITE", "液化石油气钢瓶与灶具距离过近，钢瓶存放在不通风的封闭柜内",
         "已将钢瓶移至通风良好的独立瓶组间，附整改后照片"),
        ("SITE", "厨房内存放备用液化石油气钢瓶超过规定数量",
         "已清退多余钢瓶，现场仅保留在用钢瓶，附照片"),
        ("FIRE", "厨房排油烟管道油污积聚未定期清洗",
         "已委托专业单位清洗烟道并签订定期清洗合同，附清洗记录"),
        ("FIRE", "厨房灭火器压力不足，未配备灭火毯",
         "已更换灭火器并配备灭火毯，附照片"),
        ("ELECTRICAL", "厨房电线私拉乱接，插座靠近灶台",
         "已由电工重新敷设线路并移位插座，附整改后照片"),
        ("TRAINING", "厨师和服务员不会使用灭火毯、灭火器",
         "已组织全体员工开展消防器材实操培训，附培训签到表及照片"),
        ("MANAGEMENT_SYSTEM", "未与供气企业签订供用气合同，从无资质点购气",
         "已与持证燃气企业签订供用气合同，附合同复印件"),
        ("MANAGEMENT_SYSTEM", "未建立燃气使用安全管理制度和员工操作规程",
         "已制定燃气安全管理制度和操作规程并上墙，附照片"),
    ],
    "se_manuf": [
        ("EQUIPMENT", "桥式起重机吊钩防脱钩装置损坏",
         "已更换吊钩防脱钩装置，附维修记录及照片"),
        ("EQUIPMENT", "叉车未办理使用登记，未悬挂牌照",
         "已办理叉车使用登记并悬挂牌照，附使用登记证复印件"),
        ("EQUIPMENT", "储气罐安全阀超期未校验，压力表铅封缺失",
         "安全阀已校验、压力表已检定并铅封，附校验报告和检定证书"),
        ("EQUIPMENT", "锅炉水质未定期化验，未建立水处理记录",
         "已委托检测机构开展水质化验并建立水处理记录，附化验报告"),
        ("TRAINING", "起重机械司机未持证操作",
         "已安排持证人员操作，无证人员报名参加培训考试，附证件复印件"),
        ("TRAINING", "叉车司机无特种设备作业人员证",
         "涉事司机已取得特种设备作业人员证，附证件复印件"),
        ("TRAINING", "锅炉房无人值守，司炉工未持证",
         "已配备持证司炉工并实行值班制度，附证件和值班记录"),
        ("MANAGEMENT_SYSTEM", "特种设备安全技术档案不完整",
         "已补齐设备出厂资料、检验报告和维保记录并建档，附档案目录"),
        ("MANAGEMENT_SYSTEM", "未配备特种设备安全管理员",
         "已任命持证特种设备安全管理员，附任命文件和证书"),
        ("ELECTRICAL", "车间配电箱未上锁且无警示标志，线路老化",
         "已更换老化线路并对配电箱上锁、张贴警示标志，附照片"),
        ("DUST_EXPLOSION", "金属打磨区积尘未按规定清扫",
         "已建立粉尘清扫制度并落实每班清扫，附清扫记录和现场照片"),
        ("DUST_EXPLOSION", "除尘器未设置泄爆装置",
         "已委托厂家加装泄爆片，附安装验收记录"),
        ("DUST_EXPLOSION", "抛丸机除尘器灰斗积灰未定期清理",
         "已清理灰斗积灰并建立定期清灰记录，附清灰记录和照片"),
        ("DUST_EXPLOSION", "粉尘涉爆作业场所使用非防爆电气设备",
         "已更换为防爆型电气设备，附防爆合格证及照片"),
        ("SITE", "厂区机动车辆限速标志缺失，人车未分流",
         "已施划人行通道并设置限速标志，附照片"),
        ("CONFINED_SPACE", "污水井、化粪池等有限空间未建立管理台账",
         "已辨识有限空间并建立台账，设置警示标识，附台账和照片"),
    ],
    "se_logistics": [
        ("EQUIPMENT", "冷库氨制冷机房氨气浓度报警器未定期检定",
         "已完成氨气浓度报警器检定，附检定证书"),
        ("EQUIPMENT", "货梯限速器超过校验周期",
         "已由维保单位完成限速器校验，附校验报告"),
        ("OTHER", "货梯违规载人",
         "已在货梯张贴禁止载人标识并对员工进行教育，附照片及教育记录"),
        ("FIRE", "仓库货物堆垛过高，堵塞疏散通道",
         "已降低堆垛高度并清理疏散通道，附整改后照片"),
        ("TRAINING", "叉车司机无特种设备作业人员证",
         "涉事司机已取得特种设备作业人员证，附证件复印件"),
        ("ELECTRICAL", "冷库内照明线路未穿管保护",
         "已对冷库照明线路穿管保护，附照片"),
    ],
    "se_public": [
        ("EQUIPMENT", "电梯维保记录缺失",
         "已督促维保单位补齐维保记录并通过平台上传，附维保记录"),
        ("EQUIPMENT", "电梯超期未进行定期检验仍在使用",
         "电梯已停用并完成定期检验，取得检验合格报告后恢复使用，附报告"),
        ("EQUIPMENT", "电梯轿厢内使用标志和安全注意事项未张贴",
         "已在轿厢内张贴使用标志和安全注意事项，附照片"),
        ("EQUIPMENT", "自动扶梯梳齿板缺齿未及时更换",
         "已更换梳齿板并试运行正常，附维修记录"),
        ("EMERGENCY", "电梯应急救援电话无人接听",
         "已修复轿厢对讲并安排24小时值守，附测试记录"),
        ("EMERGENCY", "应急预案未覆盖电梯困人场景",
         "已修订应急预案并开展电梯困人救援演练，附演练记录"),
        ("FIRE", "商场安全出口上锁，疏散指示标志损坏",
         "已拆除出口门锁并更换疏散指示标志，附照片"),
        ("FIRE", "酒店客房走道防火门闭门器损坏",
         "已更换闭门器，防火门恢复常闭，附照片"),
        ("EQUIPMENT", "锅炉房燃气紧急切断阀未定期测试",
         "已测试紧急切断阀并建立月度测试记录，附记录"),
    ],
    "construction": [
        ("EQUIPMENT", "塔吊限位装置失效",
         "已由产权单位修复高度和回转限位器并经检测合格，附检测报告"),
        ("EQUIPMENT", "施工升降机防坠安全器超过标定期限",
         "防坠安全器已重新标定，附标定报告"),
        ("EQUIPMENT", "高处作业吊篮安全锁超期未标定",
         "吊篮安全锁已送检标定合格，附标定证书"),
        ("SITE", "脚手架连墙件设置不足，剪刀撑不连续",
         "已按方案补设连墙件和剪刀撑并经验收，附验收记录和照片"),
        ("SITE", "临边洞口未设置防护栏杆",
         "已设置定型化防护栏杆及安全网，附照片"),
        ("SITE", "基坑周边堆载超过设计要求，未设置排水沟",
         "已清运堆载并设置截排水沟，附照片"),
        ("SITE", "沟槽开挖未按方案放坡且未支护",
         "已按方案放坡并设置钢板桩支护，附验收记录"),
        ("ELECTRICAL", "施工现场临时用电未采用三级配电两级保护",
         "已按三级配电两级保护整改并经电气验收，附验收表"),
        ("ELECTRICAL", "配电箱无门无锁，电缆拖地浸水",
         "已更换标准配电箱并架空敷设电缆，附照片"),
        ("TRAINING", "架子工、电焊工等特种作业人员证件过期",
         "相关人员已完成证件复审，过期人员已清退出场，附证件复印件"),
        ("TRAINING", "未开展班前安全教育和安全技术交底",
         "已补充安全技术交底并落实班前教育，附交底记录"),
        ("TRAINING", "塔吊司机、信号司索工未持证上岗",
         "已更换持证人员，附人员证件复印件"),
        ("FIRE", "施工现场动火作业未办理动火审批，未配置灭火器",
         "已建立动火审批制度并配备灭火器，附动火证样本及照片"),
        ("FIRE", "生活区宿舍使用大功率电器，电动车室内充电",
         "已清理违规电器并设置集中充电区，附照片"),
        ("MANAGEMENT_SYSTEM", "项目部专职安全管理人员配备不足",
         "已增配持证专职安全员，附任命文件及证书"),
        ("MANAGEMENT_SYSTEM", "危大工程清单未公示，专项施工方案未按规定审批",
         "已完成专项方案审批并公示危大工程清单，附方案审批表和公示照片"),
        ("EMERGENCY", "未配备坍塌事故应急救援物资，未组织应急演练",
         "已配备应急物资并组织坍塌事故应急演练，附物资清单和演练照片"),
        ("CONFINED_SPACE", "检查井内作业未进行气体检测",
         "已配备气体检测仪并落实作业审批，附作业票和检测记录"),
        ("OTHER", "作业人员安全帽、安全带佩戴不规范",
         "已开展专项教育并实行班组长巡查，附教育记录及照片"),
    ],
    "generic": [
        ("MANAGEMENT_SYSTEM", "隐患排查治理台账不健全，自查记录缺失",
         "已建立隐患排查治理台账并补录近期自查记录，附台账"),
        ("MANAGEMENT_SYSTEM", "未按规定投保安全生产责任保险",
         "已投保安全生产责任保险，附保单复印件"),
        ("FIRE", "灭火器过期未更换",
         "已更换全部过期灭火器，附采购凭证及照片"),
        ("FIRE", "消防车通道被车辆和杂物占用",
         "已清理消防车通道并施划禁停标线，附照片"),
        ("FIRE", "应急照明和疏散指示标志损坏",
         "已更换损坏的应急照明和疏散指示标志，附照片"),
        ("TRAINING", "从业人员年度安全培训记录不全",
         "已组织全员安全培训并建立培训档案，附签到表及考核记录"),
        ("ELECTRICAL", "配电箱前堆放杂物，无警示标识",
         "已清理配电箱前杂物并张贴警示标识，附照片"),
        ("EMERGENCY", "生产安全事故应急预案未备案，未开展演练",
         "已完成预案评审备案并组织演练，附备案回执和演练记录"),
    ],
}

# (category, description) -> shared evidence by category for monitoring alarms
MONITOR_POOLS = {
    "CHEMICAL": [
        ("EQUIPMENT", "储罐区可燃气体浓度多次超限报警，现场未查明泄漏原因",
         "已排查确认为法兰密封失效并更换垫片，报警消除，附检漏记录和监测曲线截图"),
        ("EQUIPMENT", "重大危险源在线监测数据中断超过24小时",
         "已修复数据采集网关并恢复上传，附平台在线截图"),
        ("OTHER", "视频智能分析报警：作业人员未佩戴安全帽进入装置区",
         "已对当事人进行教育处理并加强门禁管理，附处理记录"),
        ("EQUIPMENT", "反应釜温度监测值超出高报警值未及时处置",
         "已查明冷却水阀故障并更换，完善报警处置流程，附处置记录"),
    ],
    "GAS": [
        ("EQUIPMENT", "燃气管网压力监测点压力异常波动",
         "已排查调压器故障并更换，压力恢复正常，附监测曲线截图"),
        ("EQUIPMENT", "用户燃气泄漏报警器报警后未及时处置",
         "已查明灶前阀门泄漏并更换，附维修单及报警恢复截图"),
        ("EQUIPMENT", "瓶库可燃气体报警器频繁误报警",
         "已更换报警器探头并重新标定，附标定记录"),
    ],
    "SPECIAL_EQUIPMENT": [
        ("EQUIPMENT", "电梯物联网监测报警：电梯一个月内多次困人故障",
         "维保单位已更换门锁回路部件，附维修记录及近30日运行数据"),
        ("EQUIPMENT", "冷库氨气浓度监测报警",
         "已查明阀门填料泄漏并更换，附检修记录"),
    ],
    "CONSTRUCTION": [
        ("EQUIPMENT", "塔吊安全监控系统报警：塔吊超载作业",
         "已约谈塔吊司机和司索工并重新交底，附交底记录和监控数据"),
        ("SITE", "深基坑自动监测数据预警：支护结构水平位移超过预警值",
         "已暂停开挖并加设内支撑，位移趋于稳定，附监测报告"),
    ],
    "FISHING": [
        ("EQUIPMENT", "北斗监控报警：渔船终端多次离线",
         "已更换终端天线并恢复在线，附平台在线截图"),
        ("OTHER", "北斗监控报警：渔船台风期间未按要求回港避风",
         "船东已写出书面检查并接受处理，附处理记录"),
    ],
}

# Major hazards: (category, description, measures, contingency plan)
MAJOR_POOLS = {
    "chem_plant": [
        ("MANAGEMENT_SYSTEM", "主要负责人和安全管理人员未依法经考核合格",
         "主要负责人和安全管理人员立即报名参加考核，考核合格前暂停相关装置开车",
         "《生产安全事故综合应急预案》，整改期间由持证副总经理代行安全管理职责"),
        ("EQUIPMENT", "涉及重点监管危险化工工艺的装置未实现自动化控制，未设置紧急停车系统",
         "停用相关装置，委托有资质设计单位完成自动化控制和紧急停车系统改造设计并实施，经专家验收后恢复生产",
         "《反应失控专项应急预案》，停产期间落实物料清空、置换和24小时值守"),
        ("EQUIPMENT", "构成重大危险源的液化烃储罐未设置紧急切断装置",
         "储罐降液位运行，增设紧急切断阀并接入安全仪表系统，完成联锁调试后由专家组验收",
         "《液化烃储罐泄漏火灾专项应急预案》，整改期间设置警戒区并配备应急物资"),
        ("EQUIPMENT", "可燃和有毒气体泄漏场所未按国家标准设置检测报警装置",
         "委托设计单位完成气体检测报警系统设计，增设检测点并接入独立报警系统",
         "《有毒气体泄漏现场处置方案》，整改期间每班使用便携式检测仪巡检"),
        ("FIRE", "控制室面向具有火灾、爆炸危险性装置一侧不满足防火防爆要求",
         "对控制室外墙实施抗爆改造并封堵面向装置一侧门窗，改造期间控制室人员外撤至临时控制点",
         "《火灾爆炸事故专项应急预案》，控制室人员疏散路线和临时控制点已明确"),
        ("ELECTRICAL", "化工生产装置未设置双重电源供电，自动化控制系统未设置不间断电源",
         "新增第二路电源进线并为DCS和SIS配置UPS，施工期间装置降负荷运行",
         "《停电事故现场处置方案》，配备应急发电机并明确停电紧急停车步骤"),
        ("OTHER", "在役化工装置未经正规设计且未进行安全设计诊断",
         "委托甲级设计单位开展安全设计诊断并按诊断意见完成整改",
         "《生产安全事故综合应急预案》，诊断期间装置限负荷运行并加密巡检"),
        ("TRAINING", "特种作业人员未持证上岗",
         "无证人员立即调离岗位并参加培训考核，由持证人员顶岗",
         "《生产安全事故综合应急预案》，整改期间特殊作业升级审批"),
    ],
    "chem_store": [
        ("FIRE", "危险化学品仓库内禁忌物料混存且超量储存",
         "按禁忌要求分库储存，超量部分转移至合规仓库，重新核定最大储存量",
         "《危险化学品仓库火灾专项应急预案》，整改期间停止入库作业"),
    ],
    "gas_co": [
        ("MANAGEMENT_SYSTEM", "瓶装液化石油气供应站未取得燃气经营许可证从事经营活动",
         "立即停止经营活动，清退库存钢瓶，依法申办燃气经营许可证",
         "《燃气泄漏事故应急预案》，清退期间落实专人看护并配备灭火器材"),
        ("EQUIPMENT", "液化石油气储罐未设置压力、液位监测及超限报警装置",
         "储罐降量运行，增设压力、液位远传监测和超限报警装置并接入监控平台",
         "《储罐泄漏事故专项应急预案》，整改期间人工每2小时记录压力液位"),
        ("MANAGEMENT_SYSTEM", "未建立用户燃气设施定期安全检查制度",
         "建立用户燃气设施定期安检制度，组织安检队伍对全部用户完成首轮入户安检",
         "《燃气事故综合应急预案》，开通24小时抢修电话"),
    ],
    "restaurant": [
        ("SITE", "餐饮场所在地下室使用瓶装液化石油气",
         "立即停止在地下室使用液化石油气，清退钢瓶，改用电能或管道天然气",
         "《燃气泄漏现场处置方案》，整改期间厨房停用燃气"),
        ("EQUIPMENT", "使用未经检验或超期未检验的液化石油气钢瓶",
         "清退全部超期钢瓶，改由持证燃气企业配送合格钢瓶并建立钢瓶登记",
         "《燃气泄漏现场处置方案》，员工掌握关阀、疏散和报警程序"),
    ],
    "se_manuf": [
        ("DUST_EXPLOSION", "粉尘爆炸危险场所除尘系统采用正压吹送粉尘，且未采取防爆泄爆措施",
         "停用打磨工位，委托专业单位对除尘系统进行负压改造并加装泄爆、隔爆装置",
         "《粉尘爆炸事故专项应急预案》，停产期间清理积尘并切断电源"),
        ("EQUIPMENT", "使用未经检验的起重机械，且安全保护装置失效",
         "立即停用起重机械，修复安全保护装置并申报检验，检验合格后办理使用登记",
         "《起重伤害事故现场处置方案》，停用期间改用外租合规设备"),
        ("CONFINED_SPACE", "有限空间作业未辨识并设置明显安全警示标志，未落实作业审批",
         "全面辨识有限空间并设置警示标志，建立作业审批制度，配备检测和救援器材",
         "《有限空间作业事故专项应急预案》，未经审批禁止进入有限空间"),
    ],
    "se_logistics": [
        ("EQUIPMENT", "涉氨制冷快速冻结装置未设置在单独作业间内，且作业人员超过9人",
         "将快速冻结装置隔离为单独作业间，控制同时作业人数不超过9人，增设氨气浓度报警和事故排风",
         "《液氨泄漏事故专项应急预案》，配备正压式空气呼吸器和防化服"),
    ],
    "se_public": [
        ("FIRE", "人员密集场所安全出口被占用、堵塞，火灾自动报警系统故障",
         "清理安全出口，委托维保单位修复火灾自动报警系统，修复前落实专人巡查",
         "《火灾事故应急疏散预案》，营业期间每层落实疏散引导员"),
    ],
    "construction": [
        ("SITE", "基坑土方超挖且未采取有效措施，支护结构出现明显变形",
         "立即停止开挖并回填反压，增设内支撑，加密监测频率，经专家论证后恢复施工",
         "《基坑坍塌事故专项应急预案》，基坑周边设置警戒区并撤离作业人员"),
        ("MANAGEMENT_SYSTEM", "高支模工程专项施工方案未经专家论证即组织施工",
         "暂停高支模施工，组织专家论证并按论证意见修改方案，重新验收支撑体系",
         "《模板支撑体系坍塌专项应急预案》，支撑体系下方禁止人员通行"),
        ("EQUIPMENT", "塔式起重机起重力矩限制器失效",
         "停用塔吊，由产权单位修复力矩限制器并经检测机构检测合格后恢复使用",
         "《起重机械事故专项应急预案》，停用期间塔吊回转半径内禁止作业"),
        ("EQUIPMENT", "施工升降机附着间距超过产品说明书要求",
         "停用施工升降机，按说明书补设附着装置并经检测合格",
         "《起重机械事故专项应急预案》，停用期间设置警示隔离"),
        ("CONFINED_SPACE", "有限空间作业未履行作业审批，未对施工人员进行专项安全教育培训",
         "暂停有限空间作业，建立审批制度，配备通风、检测和救援设备并完成专项培训",
         "《有限空间中毒窒息事故专项应急预案》，作业时设专人监护"),
    ],
    "fish": [
        ("OTHER", "渔船船证不符，擅自改变船舶主尺度",
         "渔船停港，按原核定主尺度恢复或依法申请变更并重新检验",
         "《渔船安全事故应急预案》，停港期间落实船东看管责任"),
        ("EQUIPMENT", "渔船未取得有效检验证书仍出海作业",
         "责令渔船立即回港，完成检验取得有效证书前禁止出海",
         "《渔船安全事故应急预案》，由渔港监督部门落实离港管控"),
        ("TRAINING", "职务船员严重不足，驾驶人员未持证驾驶渔船出海",
         "渔船停航，补齐持证职务船员并经核查后方可出海",
         "《渔船安全事故应急预案》，合作社落实出海前船员核查"),
    ],
}

# sub-type -> (general pools, major pool, monitoring domain or None)
HAZARD_PROFILE = {
    "chem_plant": (["chem_plant", "chem_plant", "generic"], "chem_plant", "CHEMICAL"),
    "chem_store": (["chem_trade", "chem_plant", "generic"], "chem_store", "CHEMICAL"),
    "chem_trade": (["chem_trade", "generic"], None, None),
    "chem_station": (["chem_station", "generic"], None, "CHEMICAL"),
    "fish_sea": (["fish", "fish", "generic"], "fish", "FISHING"),
    "fish_inland": (["fish", "generic"], None, None),
    "gas_pipe": (["gas_co", "generic"], "gas_co", "GAS"),
    "gas_lpg": (["gas_co", "gas_co", "generic"], "gas_co", "GAS"),
    "gas_lpg_retail": (["gas_co", "generic"], "gas_co", "GAS"),
    "gas_cng": (["gas_co", "generic"], None, "GAS"),
    "restaurant": (["restaurant", "restaurant", "generic"], "restaurant", "GAS"),
    "se_manuf": (["se_manuf", "se_manuf", "generic"], "se_manuf", "SPECIAL_EQUIPMENT"),
    "se_warehouse": (["se_logistics", "generic"], None, None),
    "se_cold": (["se_logistics", "generic"], "se_logistics", "SPECIAL_EQUIPMENT"),
    "se_mall": (["se_public", "se_public", "generic"], "se_public", "SPECIAL_EQUIPMENT"),
    "se_hotel": (["se_public", "se_public", "generic"], "se_public", "SPECIAL_EQUIPMENT"),
    "con_building": (["construction", "construction", "generic"], "construction", "CONSTRUCTION"),
    "con_civil": (["construction", "construction", "generic"], "construction", "CONSTRUCTION"),
    "con_install": (["construction", "generic"], None, None),
    "con_decor": (["construction", "generic"], None, None),
}

# Descriptions that only fit some sub-types (everything else fits the whole profile).
ONLY_FOR = {
    "液化石油气钢瓶充装前未逐只检查，存在超期未检钢瓶": {"gas_lpg"},
    "瓶装液化气供应站实瓶、空瓶未分区存放": {"gas_lpg", "gas_lpg_retail"},
    "供应站瓶库未配置可燃气体浓度检测报警器": {"gas_lpg", "gas_lpg_retail"},
    "燃气管网巡线记录不完整，部分管段超过巡检周期": {"gas_pipe"},
    "调压箱周边违规堆放杂物，安全警示标识缺失": {"gas_pipe"},
    "送气工未经燃气从业人员专业培训考核": {"gas_lpg", "gas_lpg_retail"},
    "未按规定开展用户燃气设施入户安全检查": {"gas_pipe", "gas_lpg"},
    "储罐区防雷防静电接地电阻超标": {"gas_lpg", "gas_cng"},
    "加气机拉断阀未定期检查更换": {"gas_cng"},
    "渔船救生筏过期未检验": {"fish_sea"},
    "应急无线电示位标（EPIRB）电池过期": {"fish_sea"},
    "渔船北斗终端故障未及时报修": {"fish_sea"},
    "台风季节应急预案未更新，未开展回港避风演练": {"fish_sea"},
    "出海前未落实进出港报告制度": {"fish_sea"},
    "冷库氨制冷机房氨气浓度报警器未定期检定": {"se_cold"},
    "冷库内照明线路未穿管保护": {"se_cold"},
    "商场安全出口上锁，疏散指示标志损坏": {"se_mall"},
    "自动扶梯梳齿板缺齿未及时更换": {"se_mall"},
    "酒店客房走道防火门闭门器损坏": {"se_hotel"},
    "锅炉房燃气紧急切断阀未定期测试": {"se_hotel"},
    "消防车通道被车辆和杂物占用": set(SUBTYPES) - {"fish_sea", "fish_inland"},
    "应急照明和疏散指示标志损坏": set(SUBTYPES) - {"fish_sea", "fish_inland"},
    "未按规定投保安全生产责任保险": set(SUBTYPES) - {"restaurant"},
    "基坑周边堆载超过设计要求，未设置排水沟": {"con_building", "con_civil"},
    "沟槽开挖未按方案放坡且未支护": {"con_civil", "con_install"},
    "检查井内作业未进行气体检测": {"con_civil", "con_install"},
    "塔吊限位装置失效": {"con_building", "con_civil"},
    "塔吊司机、信号司索工未持证上岗": {"con_building", "con_civil"},
    "施工升降机防坠安全器超过标定期限": {"con_building"},
    "高处作业吊篮安全锁超期未标定": {"con_building", "con_decor"},
    "危大工程清单未公示，专项施工方案未按规定审批": {"con_building", "con_civil"},
    "反应釜温度监测值超出高报警值未及时处置": {"chem_plant"},
    "反应釜温度报警值设置不合理且联锁摘除未履行审批": {"chem_plant"},
    "反应釜检修受限空间作业未执行先通风、再检测、后作业": {"chem_plant"},
    "粉状物料投料口未设置局部除尘，现场粉尘积聚": {"chem_plant"},
    "抛丸机除尘器灰斗积灰未定期清理": {"se_manuf"},
    "燃气管网压力监测点压力异常波动": {"gas_pipe"},
    "用户燃气泄漏报警器报警后未及时处置": {"restaurant"},
    "瓶库可燃气体报警器频繁误报警": {"gas_lpg", "gas_lpg_retail"},
    "电梯物联网监测报警：电梯一个月内多次困人故障": {"se_mall", "se_hotel"},
    "冷库氨气浓度监测报警": {"se_cold"},
    "深基坑自动监测数据预警：支护结构水平位移超过预警值": {"con_building", "con_civil"},
    "瓶装液化石油气供应站未取得燃气经营许可证从事经营活动": {"gas_lpg_retail"},
    "液化石油气储罐未设置压力、液位监测及超限报警装置": {"gas_lpg"},
    "未建立用户燃气设施定期安全检查制度": {"gas_pipe", "gas_lpg"},
    "高支模工程专项施工方案未经专家论证即组织施工": {"con_building"},
    "施工升降机附着间距超过产品说明书要求": {"con_building"},
    "有限空间作业未履行作业审批，未对施工人员进行专项安全教育培训": {"con_civil"},
    "基坑土方超挖且未采取有效措施，支护结构出现明显变形": {"con_building", "con_civil"},
    "塔式起重机起重力矩限制器失效": {"con_building", "con_civil"},
}


def fits(sub: str, description: str) -> bool:
    return sub in ONLY_FOR.get(description, {sub})


def monitor_candidates(sub: str) -> list:
    domain = HAZARD_PROFILE[sub][2]
    if domain is None:
        return []
    return [h for h in MONITOR_POOLS[domain] if fits(sub, h[1])]


def major_candidates(sub: str) -> list:
    pool = HAZARD_PROFILE[sub][1]
    if pool is None:
        return []
    return [h for h in MAJOR_POOLS[pool] if fits(sub, h[1])]


def general_candidates(rng: random.Random, sub: str) -> list:
    pool = rng.choice(HAZARD_PROFILE[sub][0])
    cands = [h for h in GENERAL_POOLS[pool] if fits(sub, h[1])]
    return cands or [h for h in GENERAL_POOLS["generic"] if fits(sub, h[1])]


# ---------------------------------------------------------------------------
# Hazards
# ---------------------------------------------------------------------------

N_HAZARDS = 420
N_MAJOR = 34  # ≈ 8 %
STATUS_QUOTA = {"REGISTERED": 55, "ASSIGNED": 70, "RECTIFYING": 95, "SUBMITTED": 60, "CLOSED": 140}
OVERDUE_QUOTA = {"ASSIGNED": 15, "RECTIFYING": 25}  # 40 open hazards past their deadline
SEVERE_OVERDUE = 5  # of those, overdue by more than 30 days
SOURCE_WEIGHTS = {"SELF_INSPECTION": 30, "ENFORCEMENT": 18, "UNANNOUNCED_VISIT": 8, "TIP": 5,
                  "GRID_REPORT": 14, "PROVINCE_FINDING": 6, "INSURER_SERVICE": 10, "MONITORING_ALARM": 12}
MAJOR_SOURCE_WEIGHTS = {"SELF_INSPECTION": 10, "ENFORCEMENT": 35, "UNANNOUNCED_VISIT": 20, "TIP": 3,
                        "GRID_REPORT": 2, "PROVINCE_FINDING": 20, "INSURER_SERVICE": 10}
ENTERPRISE_WEIGHT = {"CHEMICAL": 1.8, "CONSTRUCTION": 1.4, "GAS": 1.2, "SPECIAL_EQUIPMENT": 1.0, "FISHING": 1.0}
COLOUR_WEIGHT = {"RED": 2.5, "ORANGE": 1.6, "YELLOW": 1.0, "BLUE": 0.6}
GENERAL_DURATIONS = [3, 5, 7, 7, 10, 10, 15, 15, 20, 30]
MAJOR_DURATIONS = [30, 45, 60, 60, 90]
FUNDS_RANGE = {"CHEMICAL": (10, 80), "CONSTRUCTION": (3, 30), "GAS": (5, 40), "SPECIAL_EQUIPMENT": (3, 40),
               "FISHING": (2, 20)}

REJECT_GENERIC = [
    "佐证材料不完整，缺少整改后现场照片",
    "整改照片未体现整改部位，请补充整改前后对比照片",
    "整改报告无企业主要负责人签字",
    "整改材料与隐患描述不对应，请补充说明",
    "复查时隐患已复现，请重新整改",
    "现场复核发现整改不彻底，仍存在同类问题",
    "附件无法打开，请重新上传佐证材料",
]
REJECT_BY_CATEGORY = {
    "EQUIPMENT": ["仅提供采购合同，未见安装完成和调试记录", "未提供检测或验收记录"],
    "ELECTRICAL": ["未提供检测或验收记录"],
    "TRAINING": ["培训记录缺少签到表和考核记录", "证件复印件信息与现场人员不一致"],
}


def weighted_sample(rng: random.Random, items: list, weights: list, k: int) -> list:
    """Weighted sampling without replacement (Efraimidis–Spirakis)."""
    keyed = sorted(((rng.random() ** (1.0 / w), i) for i, w in zip(items, weights)), reverse=True)
    return [i for _, i in keyed[:k]]


def enterprise_unit(rng: random.Random, e: dict, category: str) -> str:
    sub, name = e["sub"], e["name"]
    if sub.startswith("con_"):
        return f"{name}{e['project']}项目部"
    if e["reg_type"] in ("2", "3") or sub in ("restaurant", "chem_station", "gas_lpg_retail"):
        return name
    technical = category in ("EQUIPMENT", "ELECTRICAL", "DUST_EXPLOSION")
    if sub.startswith("chem_"):
        return name + ("设备动力部" if technical else rng.choice(["安全环保部", "安全管理部"]))
    if sub.startswith("gas_"):
        return name + ("运营部" if technical else "安全管理部")
    if sub in ("se_mall", "se_hotel"):
        return name + ("工程部" if technical else "安保部" if category in ("FIRE", "EMERGENCY") else "安全管理部")
    if sub.startswith("se_"):
        return name + ("设备部" if technical else "安全管理部")
    return name + "安全管理部"


def responsible_of(rng: random.Random, e: dict, people: People) -> str:
    sub = e["sub"]
    if sub.startswith("con_"):
        return f"{people.name(unique=False)}（项目经理）"
    if e["reg_type"] == "3":
        return f"{e['principal']}（理事长）"
    if e["reg_type"] == "2":
        return f"{e['principal']}（经营者）"
    return f"{e['principal']}（{rng.choice(['总经理', '总经理', '董事长', '法定代表人'])}）"


# major hazards whose treatment is cheap (training, paperwork, stopping an activity)
MAJOR_FUNDS = {
    "主要负责人和安全管理人员未依法经考核合格": (1, 2),
    "特种作业人员未持证上岗": (1, 3),
    "瓶装液化石油气供应站未取得燃气经营许可证从事经营活动": (1, 5),
    "未建立用户燃气设施定期安全检查制度": (2, 8),
    "高支模工程专项施工方案未经专家论证即组织施工": (2, 8),
    "有限空间作业未履行作业审批，未对施工人员进行专项安全教育培训": (1, 5),
    "有限空间作业未辨识并设置明显安全警示标志，未落实作业审批": (1, 5),
    "职务船员严重不足，驾驶人员未持证驾驶渔船出海": (1, 5),
    "渔船未取得有效检验证书仍出海作业": (1, 8),
    "餐饮场所在地下室使用瓶装液化石油气": (1, 3),
    "使用未经检验或超期未检验的液化石油气钢瓶": (1, 3),
}


def funds_of(rng: random.Random, e: dict, description: str) -> str:
    lo, hi = MAJOR_FUNDS.get(description, FUNDS_RANGE[e["domain"]])
    if hi <= 10:
        v = rng.randint(lo * 2, hi * 2) / 2  # half steps, e.g. 1.5万元
        return f"{v:g}万元"
    return f"{rng.randint(lo, hi)}万元"


def build_hazards(rng: random.Random, ents: list[dict], people: People) -> list[dict]:
    weights = [ENTERPRISE_WEIGHT[e["domain"]] * COLOUR_WEIGHT[e["riskColour"]] *
               (0.7 if e["sub"] == "restaurant" else 1.0) for e in ents]
    picks = rng.choices(ents, weights=weights, k=N_HAZARDS)

    eligible = [i for i, e in enumerate(picks) if major_candidates(e["sub"])]
    major_idx = set(weighted_sample(rng, eligible, [COLOUR_WEIGHT[picks[i]["riskColour"]] for i in eligible],
                                    N_MAJOR))

    statuses = [s for s, n in STATUS_QUOTA.items() for _ in range(n)]
    rng.shuffle(statuses)

    overdue: dict[int, bool] = {}  # index -> severe?
    for status, n in OVERDUE_QUOTA.items():
        for i in rng.sample([i for i, s in enumerate(statuses) if s == status], n):
            overdue[i] = False
    for i in rng.sample(sorted(overdue), SEVERE_OVERDUE):
        overdue[i] = True

    reject_pool = [i for i, s in enumerate(statuses) if s in ("SUBMITTED", "CLOSED", "RECTIFYING")]
    rejected = set(rng.sample(reject_pool, round(len(reject_pool) * 0.10)))

    hazards = []
    for i, e in enumerate(picks):
        status = statuses[i]
        grade = "MAJOR" if i in major_idx else "GENERAL"
        if grade == "MAJOR":
            source = weighted(rng, MAJOR_SOURCE_WEIGHTS)
            category, description, measures, plan = rng.choice(major_candidates(e["sub"]))
            reviewer = "专家组" if e["domain"] in ("CHEMICAL", "CONSTRUCTION") else "监管部门复查"
            evidence = f"已按治理方案完成治理并经{reviewer}验收，附治理报告、验收意见和整改前后照片"
        else:
            sw = dict(SOURCE_WEIGHTS)
            if not monitor_candidates(e["sub"]):
                del sw["MONITORING_ALARM"]
            if e["sub"] in ("restaurant", "gas_lpg_retail") or e["sub"].startswith("con_"):
                sw["TIP"] *= 2
                sw["GRID_REPORT"] *= 1.5
            source = weighted(rng, sw)
            cands = monitor_candidates(e["sub"]) if source == "MONITORING_ALARM" else general_candidates(rng, e["sub"])
            category, description, evidence = rng.choice(cands)
            measures = plan = ""

        duration = rng.choice(MAJOR_DURATIONS if grade == "MAJOR" else GENERAL_DURATIONS)
        if i in overdue:
            late = rng.randint(31, 70) if overdue[i] else rng.randint(1, 25)
            duration = min(duration, 120 - late)
            registered = late + duration
        elif status == "REGISTERED":
            registered = rng.randint(1, min(7, duration))
        elif status == "ASSIGNED":
            registered = rng.randint(1, min(20, duration))
        elif status == "RECTIFYING":
            registered = rng.randint(1, min(120, duration))
        elif status == "SUBMITTED":
            registered = rng.randint(3, 100)
        else:  # CLOSED
            registered = rng.randint(5, 120)
        deadline_offset = duration - registered

        if status == "REGISTERED":
            assignee = ""
        elif (source in ("GRID_REPORT", "TIP") and rng.random() < 0.45) or \
                (source == "PROVINCE_FINDING" and rng.random() < 0.35) or \
                (grade == "MAJOR" and rng.random() < 0.3):
            assignee = township_government(e["ttt"])
        else:
            assignee = enterprise_unit(rng, e, category)

        reject = ""
        if i in rejected:
            reject = rng.choice(REJECT_GENERIC + REJECT_BY_CATEGORY.get(category, []) * 2)

        hazards.append(dict(
            enterpriseCreditCode=e["creditCode"], source=source, grade=grade, category=category,
            description=description, registeredDaysAgo=registered, deadlineOffsetDays=deadline_offset,
            targetStatus=status, assignee=assignee,
            evidence=evidence if status in ("SUBMITTED", "CLOSED") else "",
            rejectReason=reject,
            responsible=responsible_of(rng, e, people) if grade == "MAJOR" else "",
            measures=measures,
            funds=funds_of(rng, e, description) if grade == "MAJOR" else "",
            contingencyPlan=plan,
        ))
    hazards.sort(key=lambda h: -h["registeredDaysAgo"])  # stable: oldest first
    return hazards


# ---------------------------------------------------------------------------
# The county map (一张图): township outlines
# ---------------------------------------------------------------------------

# The county is fictional, so is its map: a coastal county (sea to the east) whose outline is drawn around a
# centre and cut into townships as the Voronoi cells of one seat per township (urban streets close together in
# the middle, towns spread out, the development zone on the north-east coast). Longitude/latitude, WGS 84.
COUNTY_CENTRE = (121.62, 28.68)
TOWNSHIP_SEATS = {
    "001": (121.615, 28.690),  # 城关街道: the county seat
    "002": (121.680, 28.700),  # 东城街道
    "003": (121.555, 28.675),  # 西湖街道
    "101": (121.790, 28.800),  # 临江镇: the river mouth and the fishing port
    "102": (121.470, 28.790),  # 青山镇: hills to the north-west
    "103": (121.610, 28.850),  # 石门镇: industry to the north
    "104": (121.745, 28.545),  # 白沙镇: the southern coast, salt pans
    "201": (121.400, 28.600),  # 梅岭乡: mountains to the west
    "401": (121.760, 28.670),  # 示范县经济开发区: the chemical park on the coast
}


def county_outline(rng: random.Random, points: int = 56) -> list[tuple[float, float]]:
    import math
    cx, cy = COUNTY_CENTRE
    ring = []
    for i in range(points):
        a = 2 * math.pi * i / points
        r = 1 + 0.10 * math.sin(3 * a + 0.7) + 0.06 * math.sin(5 * a + 2.1) + rng.uniform(-0.025, 0.025)
        if math.cos(a) > 0.55:  # the coast: flatter, with small bays
            r = 0.97 + 0.04 * math.sin(9 * a) + rng.uniform(-0.015, 0.015)
        ring.append((round(cx + 0.255 * r * math.cos(a), 5), round(cy + 0.215 * r * math.sin(a), 5)))
    return ring


def clip_half_plane(poly, a, b, c):
    """The part of polygon `poly` where a*x + b*y <= c (Sutherland-Hodgman against one half-plane)."""
    out = []
    n = len(poly)
    for i in range(n):
        p, q = poly[i], poly[(i + 1) % n]
        fp, fq = a * p[0] + b * p[1] - c, a * q[0] + b * q[1] - c
        if fp <= 0:
            out.append(p)
        if (fp < 0 < fq) or (fq < 0 < fp):
            t = fp / (fp - fq)
            out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return out


def polygon_area(poly) -> float:
    return sum(poly[i][0] * poly[(i + 1) % len(poly)][1] - poly[(i + 1) % len(poly)][0] * poly[i][1]
               for i in range(len(poly))) / 2


def township_shapes() -> dict[str, list[tuple[float, float]]]:
    rng = random.Random(SEED + 2260)  # its own stream: the CSVs do not change with the map
    outline = county_outline(rng)
    cells = {}
    for ttt, (x, y) in TOWNSHIP_SEATS.items():
        cell = outline
        for other, (ox, oy) in TOWNSHIP_SEATS.items():
            if other != ttt:
                # closer to this seat than to the other: the perpendicular bisector's side
                cell = clip_half_plane(cell, ox - x, oy - y, (ox * ox + oy * oy - x * x - y * y) / 2)
        ring = [(round(px, 5), round(py, 5)) for px, py in cell]
        ring = [p for i, p in enumerate(ring) if p != ring[i - 1]]
        if polygon_area(ring) < 0:
            ring.reverse()
        cells[ttt] = ring
    total = sum(polygon_area(c) for c in cells.values())
    assert abs(total - abs(polygon_area(outline))) < 1e-4 * abs(polygon_area(outline)), "cells do not tile the county"
    return cells


def write_geojson(path: Path) -> None:
    import json
    features = []
    for ttt, name, _kind, _v, _r in TOWNSHIPS:
        ring = township_shapes()[ttt]
        coords = [[x, y] for x, y in ring] + [[ring[0][0], ring[0][1]]]
        features.append({"type": "Feature",
                         "properties": {"code": COUNTY_CODE6 + ttt + "000", "name": name,
                                        "seat": list(TOWNSHIP_SEATS[ttt])},
                         "geometry": {"type": "Polygon", "coordinates": [coords]}})
    doc = {"type": "FeatureCollection", "name": COUNTY_NAME + "乡镇（街道）界（虚构）", "features": features}
    path.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def verify_geojson(path: Path, regions: list[dict]) -> int:
    import json
    doc = json.loads(path.read_text(encoding="utf-8"))
    townships = {r["code"]: r["name"] for r in regions if r["level"] == "TOWNSHIP"}
    seen = {}
    for f in doc["features"]:
        code, ring = f["properties"]["code"], f["geometry"]["coordinates"][0]
        assert townships.get(code) == f["properties"]["name"], code
        assert len(ring) >= 4 and ring[0] == ring[-1], code
        assert polygon_area(ring[:-1]) > 0.0005, code  # counter-clockwise and not a sliver
        seen[code] = ring
    assert set(seen) == set(townships), "every township has its outline"
    return len(seen)


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

REGION_HEADER = ["code", "name", "level", "parentCode"]
ENTERPRISE_HEADER = ["creditCode", "name", "industryCode", "address", "regionCode", "gridCode",
                     "supervisingDepartments", "riskColour", "assessment", "standardizationGrade", "guarantors"]
HAZARD_HEADER = ["enterpriseCreditCode", "source", "grade", "category", "description", "registeredDaysAgo",
                 "deadlineOffsetDays", "targetStatus", "assignee", "evidence", "rejectReason", "responsible",
                 "measures", "funds", "contingencyPlan"]


def write_csv(path: Path, header: list[str], rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for row in rows:
            w.writerow([row[h] for h in header] if isinstance(row, dict) else row)


def read_csv(path: Path, header: list[str]) -> list[dict]:
    raw = path.read_bytes()
    assert b"\r" not in raw, f"{path.name}: CR found, expected LF line endings"
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{path.name}: unexpected BOM"
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == header, (path.name, reader.fieldnames)
        return list(reader)


# ---------------------------------------------------------------------------
# Verification of the written files
# ---------------------------------------------------------------------------

def verify(out: Path) -> dict:
    regions = read_csv(out / "regions.csv", REGION_HEADER)
    enterprises = read_csv(out / "enterprises.csv", ENTERPRISE_HEADER)
    hazards = read_csv(out / "hazards.csv", HAZARD_HEADER)

    # --- regions -------------------------------------------------------------
    by_code = {r["code"]: r for r in regions}
    assert len(by_code) == len(regions), "duplicate region code"
    level_len = {"COUNTY": 12, "TOWNSHIP": 12, "VILLAGE": 12, "GRID": 15}
    parent_level = {"TOWNSHIP": "COUNTY", "VILLAGE": "TOWNSHIP", "GRID": "VILLAGE"}
    counties = [r for r in regions if r["level"] == "COUNTY"]
    assert len(counties) == 1 and counties[0]["code"] == COUNTY_CODE and counties[0]["parentCode"] == ""
    children: dict[str, list] = {}
    for r in regions:
        assert r["code"].isdigit() and len(r["code"]) == level_len[r["level"]], r
        assert r["code"].startswith(COUNTY_CODE6)
        if r["level"] != "COUNTY":
            p = by_code[r["parentCode"]]
            assert p["level"] == parent_level[r["level"]], r
            assert r["code"].startswith(p["code"][: {"TOWNSHIP": 6, "VILLAGE": 9, "GRID": 12}[r["level"]]]), r
            children.setdefault(p["code"], []).append(r)
    townships = [r for r in regions if r["level"] == "TOWNSHIP"]
    assert len(townships) == 9
    for t in townships:
        ttt = int(t["code"][6:9])
        assert t["code"].endswith("000")
        if t["name"].endswith("街道"):
            assert 1 <= ttt <= 99
        elif t["name"].endswith("镇"):
            assert 100 <= ttt <= 199
        elif t["name"].endswith("乡"):
            assert 200 <= ttt <= 399
        else:
            assert "开发区" in t["name"] and 400 <= ttt <= 599
        vs = children[t["code"]]
        assert 3 <= len(vs) <= 6, t
        for v in vs:
            want = "社区" if t["name"].endswith("街道") or "开发区" in t["name"] else "村"
            assert v["name"].endswith(want), v
            gs = children[v["code"]]
            assert 2 <= len(gs) <= 4, v
            for k, g in enumerate(sorted(gs, key=lambda g: g["code"]), start=1):
                assert g["code"] == v["code"] + f"{k:03d}" and g["name"] == f"{v['name']}第{k}网格", g
    assert Counter(r["level"] for r in regions)["TOWNSHIP"] == 9

    # --- enterprises -------------------------------------------------------------
    assert len(enterprises) == 330
    codes = [e["creditCode"] for e in enterprises]
    assert len(set(codes)) == len(codes), "duplicate credit code"
    assert len({e["name"] for e in enterprises}) == len(enterprises), "duplicate enterprise name"
    domain_of_code = {}
    for sub, spec in SUBTYPES.items():
        for c in spec["codes"]:
            domain_of_code.setdefault(c, set()).add(spec["domain"])
    domains = Counter()
    ent_by_code = {}
    for e in enterprises:
        c = e["creditCode"]
        assert uscc_valid(c), c
        assert c[0] == "9" and c[1] in "123" and c[2:8] == COUNTY_CODE6, c
        assert org_check_char(c[8:16]) == c[16], c
        if c[1] == "3":
            assert e["name"].endswith("合作社"), e
        region = by_code[e["regionCode"]]
        assert region["level"] == "VILLAGE", e
        township = by_code[region["parentCode"]]
        tname = "经济开发区" if "开发区" in township["name"] else township["name"]
        assert e["address"].startswith(PROVINCE + COUNTY_NAME + tname), e
        if e["gridCode"]:
            assert by_code[e["gridCode"]]["level"] == "GRID" and by_code[e["gridCode"]]["parentCode"] == region["code"]
        assert e["riskColour"] in COLOURS and e["assessment"] in ("GOOD", "FAIR", "POOR")
        assert e["standardizationGrade"] in STD_GRADES
        depts = e["supervisingDepartments"].split("|")
        assert depts and set(depts) <= {"应急管理局", "市场监督管理局", "住房和城乡建设局", "海洋与渔业局",
                                         "综合行政执法局", "消防救援大队"}, e
        guars = e["guarantors"].split("|")
        assert 1 <= len(guars) <= 3, e
        for g in guars:
            name, pos, mobile = g.split("/")
            assert name and pos and len(mobile) == 11 and mobile.isdigit() and mobile[:2] in ("13", "15", "18"), g
        (domain,) = domain_of_code[e["industryCode"]]
        domains[domain] += 1
        primary = {"CHEMICAL": "应急管理局", "FISHING": "海洋与渔业局", "SPECIAL_EQUIPMENT": "市场监督管理局",
                   "CONSTRUCTION": "住房和城乡建设局", "GAS": "住房和城乡建设局"}[domain]
        assert depts[0] == primary, e
        if domain == "GAS":
            assert "综合行政执法局" in depts
        ent_by_code[c] = e
    assert domains == Counter(CHEMICAL=80, FISHING=40, GAS=60, SPECIAL_EQUIPMENT=90, CONSTRUCTION=60), domains
    assert sum(1 for e in enterprises if not e["gridCode"]) in range(1, 30)
    colours = Counter(e["riskColour"] for e in enterprises)
    assert set(colours) == set(COLOURS)

    # --- hazards -------------------------------------------------------------------
    assert len(hazards) == 420
    sources = Counter(h["source"] for h in hazards)
    assert set(sources) == set(SOURCE_WEIGHTS), sources
    statuses = Counter(h["targetStatus"] for h in hazards)
    assert statuses == Counter(STATUS_QUOTA), statuses
    categories = {"MANAGEMENT_SYSTEM", "TRAINING", "EMERGENCY", "FIRE", "ELECTRICAL", "CONFINED_SPACE",
                  "DUST_EXPLOSION", "EQUIPMENT", "SITE", "OTHER"}
    assert {h["category"] for h in hazards} == categories
    assert len({h["description"] for h in hazards}) >= 60
    overdue = severe = rejected = reject_base = 0
    for h in hazards:
        assert h["enterpriseCreditCode"] in ent_by_code
        assert h["grade"] in ("GENERAL", "MAJOR") and h["category"] in categories and h["description"]
        r, d = int(h["registeredDaysAgo"]), int(h["deadlineOffsetDays"])
        assert 1 <= r <= 120 and d > -r, h  # deadline strictly after registration
        open_ = h["targetStatus"] in ("REGISTERED", "ASSIGNED", "RECTIFYING")
        if open_ and d < 0:
            overdue += 1
            severe += d < -30
        assert bool(h["assignee"]) == (h["targetStatus"] != "REGISTERED"), h
        assert bool(h["evidence"]) == (h["targetStatus"] in ("SUBMITTED", "CLOSED")), h
        if h["targetStatus"] in ("SUBMITTED", "CLOSED", "RECTIFYING"):
            reject_base += 1
            rejected += bool(h["rejectReason"])
        else:
            assert not h["rejectReason"], h
        five = [h["responsible"], h["measures"], h["funds"], h["contingencyPlan"]]
        if h["grade"] == "MAJOR":
            assert all(five) and h["funds"].endswith("万元"), h
        else:
            assert not any(five), h
    majors = sum(h["grade"] == "MAJOR" for h in hazards)
    assert 0.06 <= majors / len(hazards) <= 0.10, majors
    assert overdue == 40 and severe >= 3, (overdue, severe)
    assert 0.08 <= rejected / reject_base <= 0.12, (rejected, reject_base)
    return dict(regions=len(regions), levels=Counter(r["level"] for r in regions), enterprises=len(enterprises),
                domains=domains, colours=colours, hazards=len(hazards), statuses=statuses, sources=sources,
                majors=majors, overdue=overdue, severe=severe, rejected=rejected,
                descriptions=len({h["description"] for h in hazards}),
                reg_types=Counter(c[1] for c in codes))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory (default: %(default)s)")
    args = ap.parse_args()

    _self_test()
    rng = random.Random(SEED)
    people = People(rng)
    region_rows, villages = build_regions(rng)
    ents = build_enterprises(rng, villages, people)
    hazards = build_hazards(rng, ents, people)

    args.out.mkdir(parents=True, exist_ok=True)
    write_csv(args.out / "regions.csv", REGION_HEADER, region_rows)
    write_csv(args.out / "enterprises.csv", ENTERPRISE_HEADER, ents)
    write_csv(args.out / "hazards.csv", HAZARD_HEADER, hazards)
    write_geojson(args.out / "townships.geojson")

    stats = verify(args.out)
    stats["township_outlines"] = verify_geojson(args.out / "townships.geojson",
                                                read_csv(args.out / "regions.csv", REGION_HEADER))
    for k, v in stats.items():
        print(f"{k}: {dict(v) if isinstance(v, Counter) else v}")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
