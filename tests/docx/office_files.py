#!/usr/bin/python3
# Word files made by an office suite, not by a library: LibreOffice builds each document through its own API
# (UNO) — outline numbering on the heading styles, a list style on plain paragraphs, tracked changes recorded
# under a reviewer's name, comments with their authors, a table, an image, a text frame, a footnote and an
# endnote, a header and a page-number footer — and saves it with its own Word filters (.docx and Word 97 .doc).
#
#   /usr/bin/python3 tests/docx/office_files.py OUT_DIR IMAGE.png
#
# Prints the files written, one a line. LibreOffice starts with a fresh profile, so nothing of the machine's
# user leaks in; the reviewer's name is set in that profile, as a user would set it in Tools > Options.
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

TITLE = '某区司法局2023年法治政府建设情况报告'
RECIPIENT = '区委、区政府：'
PREAMBLE = '2023年，我局深入推进法治政府建设。现将有关情况报告如下：'
# (level, text): level 1 and 2 are headings, None is body text.
OUTLINE = [
    (1, '主要工作和成效'),
    (2, '健全依法行政制度体系'),
    (None, '全年审核规范性文件12件，备案审查率100%。'),
    (2, '严格规范公正文明执法'),
    (None, '全年办理行政执法案件86件，无一被撤销或确认违法。'),
    (1, '存在的不足和原因'),
    (None, '基层执法人员力量仍显不足，执法装备有待更新。'),
    (1, '下一步工作安排'),
    (None, '持续加强法治队伍建设，提升执法规范化水平。'),
]
SIGNATURE = ['某区司法局', '2024年1月8日']
CHINESE = '一二三四五六七八九十'


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def adjust(name):
    return uno.Enum('com.sun.star.style.ParagraphAdjust', name)


def const(name):
    return uno.getConstantByName(name)


class Office:
    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix='report-desk-uno-')
        pipe = f'report_desk_{os.getpid()}'
        self.process = subprocess.Popen(
            [
                'soffice',
                '--headless',
                '--invisible',
                '--nologo',
                '--norestore',
                f'-env:UserInstallation={uno.systemPathToFileUrl(self.profile)}',
                f'--accept=pipe,name={pipe};urp;',
            ],
            stdout=subprocess.DEVNULL,
            # LO_LOG=FILE keeps LibreOffice's own messages (a crash's stack) when a document will not build.
            stderr=open(os.environ.get('LO_LOG', os.devnull), 'w'),
        )
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        deadline = time.time() + 60
        while True:
            try:
                self.ctx = resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
                break
            except Exception:
                if time.time() > deadline or self.process.poll() is not None:
                    raise SystemExit('LibreOffice did not start')
                time.sleep(0.2)
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext('com.sun.star.frame.Desktop', self.ctx)

    def set_user(self, name):
        provider = self.smgr.createInstanceWithContext('com.sun.star.configuration.ConfigurationProvider', self.ctx)
        access = provider.createInstanceWithArguments(
            'com.sun.star.configuration.ConfigurationUpdateAccess',
            (prop('nodepath', '/org.openoffice.UserProfile/Data'),),
        )
        access.setPropertyValue('givenname', name)
        access.setPropertyValue('sn', '')
        access.commitChanges()

    def new_document(self):
        # A document model with no view: a view would open the comments' side bar, which a build without a
        # user interface cannot draw.
        doc = self.smgr.createInstanceWithContext('com.sun.star.text.TextDocument', self.ctx)
        doc.initNew()
        return doc

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


class Writer:
    """Appends paragraphs at the end of a document's body, each with its own style and alignment."""

    def __init__(self, doc):
        self.text = doc.Text
        self.cursor = self.text.createTextCursor()
        self.first = True

    def para(self, text, style='Standard', align='LEFT', numbering='', level=0):
        if not self.first:
            self.text.insertControlCharacter(self.cursor, const('com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK'), False)
        self.first = False
        self.cursor.ParaStyleName = style
        self.cursor.ParaAdjust = adjust(align)
        self.cursor.NumberingStyleName = numbering
        if numbering:
            self.cursor.NumberingLevel = level
        self.text.insertString(self.cursor, text, False)


def set_levels(rules, levels):
    """Sets a numbering rule's levels: {index: {property: value}}."""
    for index, values in levels.items():
        props = [p for p in rules.getByIndex(index) if p.Name not in values]
        props += [prop(k, v) for k, v in values.items()]
        uno.invoke(rules, 'replaceByIndex', (index, uno.Any('[]com.sun.star.beans.PropertyValue', tuple(props))))



def zh_levels():
    zh = const('com.sun.star.style.NumberingType.NUMBER_LOWER_ZH')
    return {
        0: {'NumberingType': zh, 'Prefix': '', 'Suffix': '、'},
        1: {'NumberingType': zh, 'Prefix': '（', 'Suffix': '）', 'ParentNumbering': 1},
    }


def typed(level, n, text):
    return f'{CHINESE[n - 1]}、{text}' if level == 1 else f'（{CHINESE[n - 1]}）{text}'


def report(doc, heading):
    """The report's text; `heading(writer, level, n, text)` writes a heading its own way."""
    w = Writer(doc)
    w.para(TITLE, align='CENTER')
    w.para(RECIPIENT)
    w.para(PREAMBLE)
    counts = {1: 0, 2: 0}
    for level, text in OUTLINE:
        if level is None:
            w.para(text)
            continue
        counts[level] += 1
        if level == 1:
            counts[2] = 0
        heading(w, level, counts[level], text)
    for line in SIGNATURE:
        w.para(line, align='RIGHT')


def store(doc, out_dir, name, formats):
    written = []
    for extension, filter_name in formats:
        path = os.path.join(out_dir, f'{name}.{extension}')
        doc.storeToURL(uno.systemPathToFileUrl(path), (prop('FilterName', filter_name), prop('Overwrite', True)))
        written.append(path)
    doc.close(True)
    return written


DOC = ('doc', 'MS Word 97')
DOCX = ('docx', 'MS Word 2007 XML')


def outline_numbered(office, out_dir):
    """Headings in Heading 1 / 2, numbered 一、 / （一） by the document's outline (chapter) numbering."""
    doc = office.new_document()
    set_levels(doc.ChapterNumberingRules, zh_levels())
    report(doc, lambda w, level, n, text: w.para(text, style=f'Heading {level}'))
    return store(doc, out_dir, 'outline-numbered', [DOC, DOCX])


LIST_STYLE = '报告标题编号'


def add_list_style(doc):
    """A list style of the document's own numbering 一、 / （一）."""
    style = doc.createInstance('com.sun.star.style.NumberingStyle')
    doc.StyleFamilies.getByName('NumberingStyles').insertByName(LIST_STYLE, style)
    rules = style.NumberingRules
    set_levels(rules, zh_levels())
    style.NumberingRules = rules


def list_numbered(office, out_dir):
    """Headings in the body style, numbered by a list style of the document's own (as offices often do)."""
    doc = office.new_document()
    add_list_style(doc)
    report(doc, lambda w, level, n, text: w.para(text, numbering=LIST_STYLE, level=level - 1))
    return store(doc, out_dir, 'list-numbered', [DOC])


def mixed_numbers(office, out_dir):
    """Chapters typed (一、), sections numbered by a list style: only the sections lose their numbers in a .doc."""
    doc = office.new_document()
    add_list_style(doc)
    report(
        doc,
        lambda w, level, n, text: w.para(typed(level, n, text))
        if level == 1
        else w.para(text, numbering=LIST_STYLE, level=level - 1),
    )
    return store(doc, out_dir, 'mixed-numbered', [DOC])


def typed_numbers(office, out_dir):
    """The same report with its numbers typed into the headings."""
    doc = office.new_document()
    report(doc, lambda w, level, n, text: w.para(typed(level, n, text)))
    return store(doc, out_dir, 'typed-numbers', [DOC])


def find(doc, needle):
    """The first stretch of body text equal to `needle` (a search needs a view, which these documents lack)."""
    paragraphs = doc.Text.createEnumeration()
    while paragraphs.hasMoreElements():
        paragraph = paragraphs.nextElement()
        if not paragraph.supportsService('com.sun.star.text.Paragraph'):
            continue
        at = paragraph.getString().find(needle)
        if at >= 0:
            cursor = doc.Text.createTextCursorByRange(paragraph.getStart())
            cursor.goRight(at, False)
            cursor.goRight(len(needle), True)
            return cursor
    raise SystemExit(f'not found: {needle}')


def paragraph_start(doc, whole):
    """The start of the body paragraph whose text is `whole`."""
    paragraphs = doc.Text.createEnumeration()
    while paragraphs.hasMoreElements():
        paragraph = paragraphs.nextElement()
        if paragraph.supportsService('com.sun.star.text.Paragraph') and paragraph.getString() == whole:
            return paragraph.getStart()
    raise SystemExit(f'not found: {whole}')


def extras(office, out_dir, image):
    """The typed report with everything an office file holds beyond paragraphs."""
    doc = office.new_document()
    report(doc, lambda w, level, n, text: w.para(typed(level, n, text)))
    text = doc.Text

    # Tracked changes, recorded under the reviewer's name: one insertion, one deletion.
    doc.setPropertyValue('RecordChanges', True)
    text.insertString(find(doc, '案件86件').getEnd(), '（含简易程序）', False)
    find(doc, '或确认违法').setString('')
    doc.setPropertyValue('RecordChanges', False)

    page = doc.StyleFamilies.getByName('PageStyles').getByName('Standard')
    page.HeaderIsOn = True
    page.HeaderText.setString('某区司法局文件')
    page.FooterIsOn = True
    footer = page.FooterText
    cursor = footer.createTextCursor()
    footer.insertString(cursor, '第 ', False)
    number = doc.createInstance('com.sun.star.text.TextField.PageNumber')
    number.NumberingType = const('com.sun.star.style.NumberingType.ARABIC')
    number.SubType = uno.Enum('com.sun.star.text.PageNumberType', 'CURRENT')
    footer.insertTextContent(cursor, number, False)
    footer.insertString(cursor, ' 页', False)

    # After the body: a table, an image and a text frame, each in a paragraph of its own, before the signature.
    cursor = text.createTextCursorByRange(paragraph_start(doc, SIGNATURE[0]))
    table = doc.createInstance('com.sun.star.text.TextTable')
    table.initialize(2, 2)
    text.insertTextContent(cursor, table, False)
    for cell, value in zip(['A1', 'B1', 'A2', 'B2'], ['指标', '数值', '执法案件', '86件']):
        table.getCellByName(cell).setString(value)

    cursor = text.createTextCursorByRange(paragraph_start(doc, SIGNATURE[0]))
    provider = office.smgr.createInstanceWithContext('com.sun.star.graphic.GraphicProvider', office.ctx)
    graphic = provider.queryGraphic((prop('URL', uno.systemPathToFileUrl(image)),))
    picture = doc.createInstance('com.sun.star.text.TextGraphicObject')
    picture.Graphic = graphic
    picture.AnchorType = uno.Enum('com.sun.star.text.TextContentAnchorType', 'AS_CHARACTER')
    picture.Width = 2000
    picture.Height = 2800
    text.insertTextContent(cursor, picture, False)
    text.insertControlCharacter(cursor, const('com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK'), False)

    frame = doc.createInstance('com.sun.star.text.TextFrame')
    frame.Width = 6000
    frame.Height = 1000
    frame.AnchorType = uno.Enum('com.sun.star.text.TextContentAnchorType', 'AT_PARAGRAPH')
    text.insertTextContent(find(doc, '持续加强法治队伍建设').getStart(), frame, False)
    frame.getText().setString('图表说明：执法案件分布')

    footnote = doc.createInstance('com.sun.star.text.Footnote')
    text.insertTextContent(find(doc, '备案审查率100%').getEnd(), footnote, False)
    footnote.setString('数据来源：区司法局统计台账。')
    endnote = doc.createInstance('com.sun.star.text.Endnote')
    text.insertTextContent(find(doc, '执法装备有待更新').getEnd(), endnote, False)
    endnote.setString('执法装备情况见附表。')

    for author, at, remark in [('审核人', '无一被撤销', '请核实数字。'), ('李四', '提升执法规范化水平', '补充具体措施。')]:
        comment = doc.createInstance('com.sun.star.text.TextField.Annotation')
        comment.Author = author
        comment.Content = remark
        text.insertTextContent(find(doc, at).getEnd(), comment, False)

    return store(doc, out_dir, 'office-extras', [DOCX, DOC])


def main():
    out_dir, image = sys.argv[1], os.path.abspath(sys.argv[2])
    os.makedirs(out_dir, exist_ok=True)
    office = Office()
    try:
        office.set_user('王五')
        written = []
        written += outline_numbered(office, out_dir)
        written += list_numbered(office, out_dir)
        written += mixed_numbers(office, out_dir)
        written += typed_numbers(office, out_dir)
        written += extras(office, out_dir, image)
    finally:
        office.close()
    for path in written:
        print(path)


if __name__ == '__main__':
    main()
