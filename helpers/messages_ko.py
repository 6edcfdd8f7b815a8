"""The Korean catalogue: English message template -> Korean template.

Every message a student sees is written in English with ``helpers.i18n.tr`` and
looked up here when the language is Korean. A Korean template keeps the same
``{placeholders}`` (with their format specs), the same code in backticks and the
same numbers; ``tests/test_i18n.py`` fails for a message without its Korean.

Terms follow the course glossary (``solutions/00_glossary.md``, 한국어 column):
가중치, 편향, 활성화 함수, 기울기, 업스트림 기울기, 손실, 배열, 모양(shape),
에포크, 테스트 집합, 리키 ReLU, 0 중심; the words around them (강좌, 자가 점검,
검사, 반환하세요, 걸음, ...) and the particle rule are the house style in
AUTHORING.md ("Korean house style"). The style is a lecturer speaking to a
student: short, polite (합니다체), plain.
"""

KO: dict[str, str] = {
    # ------------------------------------------------------------ helpers.cases: verdicts
    "raised {kind}{message}{inside}{where}": "{kind} 예외가 발생했습니다{message}{inside}{where}",
    " in `{function}`": " — `{function}` 함수",
    " at {where}": " — 위치: {where}",
    "line {line} of cell {cell}": "셀 {cell}의 {line}번째 줄",
    "line {line} of your code": "작성한 코드의 {line}번째 줄",
    " Hint: {hint}": " 힌트: {hint}",
    "{case}: no result came back.": "{case}: 결과가 돌아오지 않았습니다.",
    "{case}: unreadable result.": "{case}: 결과를 읽을 수 없습니다.",
    "`{name}` is not defined.": "`{name}` 정의를 찾을 수 없습니다.",
    "{case}: expected a {kind}, but it {raised}.": "{case}: {kind} 예외가 발생해야 하는데, 실제로는 {raised}.",
    "not implemented yet": "아직 구현하지 않았습니다",
    "{case}: expected {expected}, got {got}.": "{case}: 기대한 것은 {expected}인데, 돌아온 것은 {got}입니다.",
    "All {count} checks passed.": "검사 {count}개를 모두 통과했습니다.",
    "Its check passed.": "검사를 통과했습니다.",
    "`{name}` is not implemented yet (still the stub). Replace it with your code and run its cell.":
        "`{name}` 부분은 아직 처음 받은 틀(stub) 그대로입니다. 직접 작성한 코드로 바꾸고 그 셀을 실행하세요.",
    "{message} ({passed} of {count} checks passed.)": "{message} (검사 {count}개 가운데 {passed}개를 통과했습니다.)",
    "{case} {raised}.": "{case}에서 {raised}.",
    "{case}: expected a {kind} with a clear message, but it returned normally.":
        "{case}: 분명한 메시지와 함께 {kind} 예외가 발생해야 하는데, 그냥 값을 반환했습니다.",
    "{case} changed its input in place (argument {arguments}). Hint: a graded function must not modify its "
    "inputs; work on a copy, e.g. `w = w + ...` instead of `w += ...`.":
        "{case}: 입력을 그 자리에서 바꾸었습니다(인자 {arguments}). 힌트: 채점하는 함수는 입력을 바꾸면 안 됩니다. "
        "`w += ...` 대신 `w = w + ...`처럼 복사본으로 계산하세요.",
    "{case} returned a {kind} (a subclass of ndarray). Hint: return a plain NumPy array.":
        "{case}: {kind}(ndarray의 하위 클래스)를 반환했습니다. 힌트: 보통의 NumPy 배열을 반환하세요.",
    "no result came back.": "결과가 돌아오지 않았습니다.",
    "`{name}` calls `{called}`, which is not implemented yet. Finish `{called}` first.":
        "`{name}`에서 부르는 `{called}` 함수를 아직 구현하지 않았습니다. 먼저 `{called}` 함수를 완성하세요.",
    "{case} raised {kind}, but its message does not say {says!r}. Hint: name the value that is wrong in the "
    "message.": "{case}: {kind} 예외는 발생했지만, 메시지에 {says!r} 값이 들어 있지 않습니다. "
                "힌트: 잘못된 값을 메시지에 밝혀 주세요.",
    "not implemented yet: it calls `{called}`, which is still the stub":
        "아직 구현하지 않았습니다: 아직 틀(stub) 그대로인 `{called}` 함수를 호출합니다",
    "call it yourself with this input and read where the error comes from.":
        "이 입력으로 직접 호출해 보고, 오류가 어디에서 나는지 읽어 보세요.",
    "{case}: the result could not be read.": "{case}: 결과를 읽을 수 없었습니다.",
    "{case}: the result {value} is not of the expected kind ({error}).":
        "{case}: 결과 {value}의 종류가 기대한 것과 다릅니다({error}).",
    "check the input first.": "먼저 입력을 검사하세요.",
    "{case} raised {kind} without a message. Hint: say what is wrong, e.g. raise {kind}(\"...\"); {hint}":
        "{case}: 메시지 없이 {kind} 예외가 발생했습니다. 힌트: raise {kind}(\"...\")처럼 무엇이 잘못되었는지 "
        "알려 주세요. {hint}",

    # ------------------------------------------------------------ helpers.expect: values and diagnoses
    "a {kind} object": "{kind} 객체",
    "a {kind} object ({why})": "{kind} 객체({why})",
    "Every number has the wrong sign: look for a minus sign that is missing or extra.":
        "모든 수의 부호가 반대입니다. 빠졌거나 하나 더 붙은 마이너스 부호를 찾아보세요.",
    "This is the transpose of what was expected: check the order of the axes.":
        "기대한 결과의 전치입니다. 축의 순서를 확인하세요.",
    "array {values} of shape {shape}": "모양(shape)이 {shape}인 배열 {values}",
    "array {values}": "배열 {values}",
    "{what} as numbers": "수로 된 {what}",
    "{what} as a number": "수 하나인 {what}",
    "the boolean {value}": "불리언 값 {value}",
    "Every number is {k} times too large: a sum where a mean was wanted (or a factor counted twice)?":
        "모든 수가 {k}배 큽니다. 평균을 내야 할 곳에서 합을 구했나요(또는 어떤 인수를 두 번 곱했나요)?",
    "Every number is {k} times too small: divided once too often?":
        "모든 수가 {k}분의 1로 작습니다. 한 번 더 나누지 않았나요?",
    "{what} with shape {shape}": "모양(shape)이 {shape}인 {what}",
    "shape {shape}: {value}": "모양(shape) {shape}: {value}",
    "{value} (not finite)": "{value}(유한하지 않은 값)",
    "shape {shape}": "모양(shape) {shape}",
    "{what} as a single number": "수 하나인 {what}",
    "{what} as a pair of two values": "두 값의 쌍으로 된 {what}",
    "the result": "결과",

    # ------------------------------------------------------------ helpers.selfcheck and needs()
    "⚑ {name}: it uses the course's own code ({what}); this exercise asks you to write it yourself, so the "
    "grader will hold back its points for your instructor to review.":
        "⚑ {name}: 강좌에서 제공하는 코드를 사용합니다({what}). 이 문제는 직접 작성해야 하므로, 채점기는 "
        "강사가 검토할 때까지 이 문제의 점수를 보류합니다.",
    "⚑ {name}: it may use the course's own code ({what}); this exercise asks you to write it yourself, so the "
    "grader will hold back its points for your instructor to review.":
        "⚑ {name}: 강좌에서 제공하는 코드를 사용하는 것으로 보입니다({what}). 이 문제는 직접 작성해야 하므로, "
        "채점기는 강사가 검토할 때까지 이 문제의 점수를 보류합니다.",
    "✘ There is no graded exercise called `{name}`. Check the spelling.":
        "✘ 채점 문제 목록에 `{name}` 항목이 없습니다. 철자를 확인하세요.",
    "✘ {name}: the check was interrupted. If it hung, look for a loop that never ends.":
        "✘ {name}: 검사가 중단되었습니다. 멈춰 있었다면 끝나지 않는 반복문을 찾아보세요.",
    "✘ {name}: the check itself failed ({error}). Please tell your instructor; your code may well be right.":
        "✘ {name}: 검사 자체가 실패했습니다({error}). 강사에게 알려 주세요. 작성한 코드는 맞을 수도 있습니다.",
    "✔ {name}: all {count} checks passed.": "✔ {name}: 검사 {count}개를 모두 통과했습니다.",
    "✔ {name}: its check passed.": "✔ {name}: 검사를 통과했습니다.",
    "… {name} could not be judged: it calls `{blocked}`, which fails its own checks — fix `{blocked}` first. "
    "(The grader judges `{name}` with the course's `{blocked}`.)":
        "… {name}: 판정할 수 없습니다. 호출하는 `{blocked}` 함수가 자기 검사를 통과하지 못합니다 — 먼저 "
        "`{blocked}` 함수를 고치세요. (채점할 때는 `{blocked}` 자리에 강좌의 코드를 넣고 `{name}` 부분을 "
        "판정합니다.)",
    "(This demo needs `{name}`: run the cell that defines it first.)":
        "(이 데모에는 `{name}` 정의가 필요합니다. 먼저 그 이름을 정의하는 셀을 실행하세요.)",
    "(This demo runs once you have implemented `{stub}`.)": "(이 데모는 `{stub}` 함수를 구현하면 실행됩니다.)",
    "(This demo uses results of an earlier demo, which runs once you have implemented `{stub}`.)":
        "(이 데모는 앞 데모의 결과를 씁니다. 앞 데모는 `{stub}` 함수를 구현하면 실행됩니다.)",
    "… {name}: not implemented yet — replace `raise NotImplementedError()` with your code, run that cell, then "
    "run this check again.":
        "… {name}: 아직 구현하지 않았습니다 — `raise NotImplementedError()`를 직접 작성한 코드로 바꾸고, "
        "그 셀을 실행한 뒤 이 검사를 다시 실행하세요.",
    "… {name}: {feedback} Run the cell that defines it first.": "… {name}: {feedback} 먼저 정의하는 셀을 실행하세요.",

    # ------------------------------------------------------------ helpers.mywork
    "{lesson}.ipynb is not in this folder": "{lesson}.ipynb 파일이 이 폴더에 없습니다",
    "{lesson}.ipynb could not be read ({error})": "{lesson}.ipynb 파일을 읽을 수 없습니다({error})",
    "`{name}` is not implemented yet in {lesson}.ipynb: finish it there, save that notebook, then run the cell "
    "that loads it here again.":
        "{lesson}.ipynb의 `{name}` 함수를 아직 구현하지 않았습니다. 그 노트북에서 완성하고 저장한 뒤, 여기서 "
        "불러오는 셀을 다시 실행하세요.",
    "… {problem}: keep your notebooks together in one folder. Until then the demos that need {names} say so.":
        "… {problem}: 노트북들을 한 폴더에 함께 두세요. 그때까지 {names} 함수가 필요한 데모는 그렇다고 "
        "알려 줍니다.",
    "✔ your own {names} from {lesson}.ipynb.": "✔ {lesson}.ipynb에서 직접 작성한 {names} 함수를 불러왔습니다.",
    "… not implemented yet in {lesson}.ipynb: {missing}. Finish it there and save; until then the demos that "
    "need them say so.":
        "… {lesson}.ipynb에서 아직 구현하지 않은 함수: {missing}. 그 노트북에서 완성하고 저장하세요. 그때까지 "
        "이 함수가 필요한 데모는 그렇다고 알려 줍니다.",
    "… not implemented yet in {lesson}.ipynb: {missing}. Finish them there and save; until then the demos that "
    "need them say so.":
        "… {lesson}.ipynb에서 아직 구현하지 않은 함수: {missing}. 그 노트북에서 완성하고 저장하세요. 그때까지 "
        "이 함수들이 필요한 데모는 그렇다고 알려 줍니다.",

    # ------------------------------------------------------------ grader.feedback: the Markdown file
    "# Feedback for {name}": "# {name} 님의 피드백",
    "Feedback for {name}": "{name} 님의 피드백",
    "Score: {score:g} / {max_score:g}": "점수: {score:g} / {max_score:g}",
    "{notebook}: 0 / {top:g}, not submitted": "{notebook}: 0 / {top:g}, 제출하지 않음",
    "**Score: {score:g} / {max_score:g}**": "**점수: {score:g} / {max_score:g}**",
    "Files not graded (one notebook per lesson is graded; see the course README):":
        "채점하지 않은 파일 (레슨마다 노트북 하나만 채점합니다. 강좌 README를 참고하세요):",
    "## {notebook} — 0 / {top:g}: not submitted": "## {notebook} — 0 / {top:g}: 제출하지 않음",
    "| exercise | points | result |": "| 문제 | 점수 | 결과 |",
    "Cells that raised an error while grading (the rest of the notebook still ran):":
        "채점하는 동안 오류가 난 셀 (노트북의 나머지 부분은 계속 실행했습니다):",
    "✔ passed": "✔ 통과",
    ", line {line}": ", {line}번째 줄",
    "- cell {cell}{at}: {error}": "- 셀 {cell}{at}: {error}",
    "⚑ review": "⚑ 검토 필요",
    "no notebook could be graded": "채점할 수 있는 노트북이 없습니다",  # grader.classroom
    "… not done": "… 미완성",

    # ------------------------------------------------------------ grader.gradescope
    "Score {score:g} / {max_score:g}.": "점수 {score:g} / {max_score:g}.",
    "Graded in a {mode} run of every notebook.": "모든 노트북을 {mode} 모드로 실행해 채점했습니다.",
    "Lessons not submitted: {lessons}.": "제출하지 않은 레슨: {lessons}.",
    "Not graded: {item}": "채점하지 않음: {item}",
    "{lesson}.ipynb was not submitted.": "{lesson}.ipynb 파일을 제출하지 않았습니다.",
    "The notebook hit a limit ({limit}); credit is kept up to the cell where it stopped.":
        "노트북이 제한에 걸렸습니다({limit}). 멈춘 셀 전까지의 점수는 인정합니다.",
    "(Sandbox unavailable here: {why}; notebooks ran as an unprivileged user.)":
        "(여기서는 샌드박스를 쓸 수 없습니다: {why}. 노트북은 권한이 없는 사용자로 실행했습니다.)",
    "Not graded: the autograder could not run (see the note above).":
        "채점하지 않음: 자동 채점기를 실행할 수 없었습니다(위의 안내를 보세요).",
    "The autograder could not grade this submission: {why}. This is not a judgement of your work; tell your "
    "instructor.": "자동 채점기가 이 제출물을 채점하지 못했습니다: {why}. 과제에 대한 평가가 아니니 강사에게 "
                   "알려 주세요.",
    "This exercise was not graded.": "이 문제는 채점하지 않았습니다.",
    "Hidden checks: {passed} of {count} passed.": "숨은 검사: {count}개 가운데 {passed}개 통과.",
    "Hidden checks run once the public checks can run.": "숨은 검사는 공개 검사를 실행할 수 있게 되면 실행합니다.",
    "{notebook}: cell {cell} raised {error}": "{notebook}: 셀 {cell}에서 오류가 났습니다: {error}",
    "{number} {name} (hidden checks)": "{number} {name} (숨은 검사)",
    " (and {count} more cells)": " (그 밖에 셀 {count}개 더)",

    # ------------------------------------------------------------ helpers.integrity: what a flag quotes
    "uses dynamic code ({what}) that the integrity check cannot follow":
        "무결성 검사가 따라갈 수 없는 동적 코드 사용({what})",
    "is {name}": "{name} 자체",
    "calls {name}": "{name} 호출",
    "imports {name}": "{name} 가져오기",
    "imports * from {module}": "{module}에서 * 가져오기",
    "the grader's integrity scan failed ({error}); review by hand":
        "채점기의 무결성 검사 실패({error}), 직접 검토 필요",
    "{name} with a computed name": "계산된 이름으로 쓴 {name}",
    "{name} on a course module": "강좌 모듈에 쓴 {name}",
    "{name} used as a value": "값으로 쓴 {name}",
    "{name} of a course module": "강좌 모듈의 {name}",
    "{name} of {attribute}": "{attribute} 속성에 쓴 {name}",
    "imports helpers by a computed name": "계산된 이름으로 helpers 가져오기",
    "imports {module} by a computed name": "계산된 이름으로 {module} 가져오기",
    "has a cell the integrity check cannot read": "무결성 검사가 읽을 수 없는 셀 있음",
    "match on a course module": "강좌 모듈에 대한 match 문",

    # ------------------------------------------------------------ helpers.proxies
    "A value passed to a course function could not be sent to it (only numbers, strings, lists, "
    "tuples, dicts and NumPy arrays can), and this notebook has no definition of its own to use instead.":
        "강좌 함수에 넘긴 값을 그 함수로 보낼 수 없었습니다(수, 문자열, 리스트, 튜플, 딕셔너리와 "
        "NumPy 배열만 보낼 수 있습니다). 이 노트북에는 대신 쓸 자체 정의도 없습니다.",
    "The course's own version of a function this code calls gave no answer; this is not your fault.":
        "이 코드가 부르는 함수를 강좌 쪽 코드로 실행했지만 답이 오지 않았습니다. 여러분의 잘못이 아닙니다.",

    # ------------------------------------------------------------ grader.scoring and grader.protocol
    "{failed} Hint: {hint} {count}": "{failed} 힌트: {hint} {count}",
    "Not submitted: no notebook of this lesson was found.": "제출하지 않음: 이 레슨의 노트북을 찾지 못했습니다.",
    "Not graded: the notebook could not be read.": "채점하지 않음: 노트북을 읽을 수 없었습니다.",
    "in cell {cell}": "셀 {cell}에서",
    "after its last cell (cell {cell}) had finished": "마지막 셀(셀 {cell})이 끝난 뒤에",
    "before the first cell finished": "첫 셀이 끝나기 전에",
    "exit code {code}": "종료 코드 {code}",
    "signal {number}": "시그널 {number}",
    "All {public} public and {hidden} hidden checks passed.":
        "공개 검사 {public}개와 숨은 검사 {hidden}개를 모두 통과했습니다.",
    "The grader could not judge this exercise ({error}); this is not your fault.":
        "채점기가 이 문제를 판정하지 못했습니다({error}). 여러분의 잘못이 아닙니다.",
    "Points withheld for review: `{name}` may hand its work to the course's own code ({what}), but this "
    "exercise asks you to write it yourself.":
        "검토를 위해 점수를 보류했습니다: `{name}` 부분이 할 일을 강좌에서 제공하는 코드에 맡기는 것으로 "
        "보입니다({what}). 이 문제는 직접 작성해야 합니다.",
    "Points withheld for review: `{name}` hands its work to the course's own code ({what}), but this exercise "
    "asks you to write it yourself.":
        "검토를 위해 점수를 보류했습니다: `{name}` 부분이 할 일을 강좌에서 제공하는 코드에 맡깁니다({what}). "
        "이 문제는 직접 작성해야 합니다.",
    " Checks: {feedback}": " 검사 결과: {feedback}",
    " Flagged for review: it may use the course's own code ({what}), which this exercise asks you to write "
    "yourself.": " 검토 대상으로 표시했습니다: 직접 작성해야 하는 부분에 강좌에서 제공하는 코드를 쓰는 것으로 "
                 "보입니다({what}).",
    " Flagged for review: it uses the course's own code ({what}), which this exercise asks you to write "
    "yourself.": " 검토 대상으로 표시했습니다: 직접 작성해야 하는 부분에 강좌에서 제공하는 코드를 씁니다({what}).",
    "Memory limit of {mb} MB reached in cell {cell}.": "셀 {cell}에서 메모리 제한 {mb} MB에 도달했습니다.",
    "Checking `{name}` did not finish within the time limit, every time (perhaps a loop that never ends for "
    "one of its inputs), so it earns no points; the other exercises were judged without it. Run its "
    "self-check to see which input it is.":
        "`{name}` 부분의 검사가 매번 시간 제한 안에 끝나지 않았습니다(어떤 입력에서 끝나지 않는 반복문이 있을 "
        "수 있습니다). 그래서 이 문제는 점수를 받지 못하고, 다른 문제는 이 부분 없이 판정했습니다. 자가 점검을 "
        "실행해 어떤 입력인지 확인하세요.",
    "None of the lesson's graded names ({names}, ...) is defined in {notebook}.":
        "{notebook}에 이 레슨의 채점 대상 이름({names}, ...)이 하나도 정의되어 있지 않습니다.",
    "{case}: the grader could not judge this result ({error}); this is not your fault.":
        "{case}: 채점기가 이 결과를 판정하지 못했습니다({error}). 여러분의 잘못이 아닙니다.",
    "All {public} public checks passed, but not every hidden one.":
        "공개 검사 {public}개는 모두 통과했지만, 숨은 검사 가운데 통과하지 못한 것이 있습니다.",
    "Checking `{name}` stopped its grading process (it crashed or was killed while its checks ran), so it "
    "could not be judged. Run its self-check to see what happens.":
        "`{name}` 부분을 검사하다가 채점 프로세스가 멈췄습니다(검사 도중 비정상 종료되었거나 강제로 "
        "종료되었습니다). 그래서 판정할 수 없었습니다. 자가 점검을 실행해 무슨 일이 일어나는지 확인하세요.",
    " Its cell (cell {cell}{at}) raised {error}, so the name was never defined.":
        " 이 이름을 정의하는 셀(셀 {cell}{at})에서 {error} 오류가 나서, 이름이 정의되지 않았습니다.",
    " Its cell (cell {cell}) never ran: grading stopped earlier.":
        " 이 이름을 정의하는 셀(셀 {cell})은 실행되지 않았습니다. 채점이 그 전에 멈췄습니다.",
    " The notebook did not run to its end, so nothing it reported could be trusted.":
        " 노트북이 끝까지 실행되지 않아서, 노트북이 보고한 결과를 믿을 수 없었습니다.",
    "No notebook of lesson {number} ({lesson}.ipynb) was found in this submission: its exercises score 0.":
        "이 제출물에서 레슨 {number}의 노트북({lesson}.ipynb)을 찾지 못했습니다. 이 레슨의 문제는 0점입니다.",
    "Time limit of {timeout} s reached {where} ({detail}); everything defined before it was graded. Look for an "
    "endless loop or very slow code.":
        "{where} 시간 제한 {timeout}초에 도달했습니다({detail}). 그 전에 정의한 것은 모두 채점했습니다. 끝나지 "
        "않는 반복문이나 매우 느린 코드를 찾아보세요.",
    "The notebook crashed {where} ({detail}); everything defined before it was graded. Deep recursion or a "
    "runaway allocation can cause this.":
        "{where} 노트북이 비정상 종료되었습니다({detail}). 그 전에 정의한 것은 모두 채점했습니다. 깊은 재귀나 "
        "끝없이 커지는 메모리 할당이 원인일 수 있습니다.",
    "The notebook ended the grading process early {where} ({detail}), e.g. with os._exit(); everything "
    "defined before it was graded.":
        "{where} 노트북이 채점 프로세스를 일찍 끝냈습니다({detail}). os._exit() 같은 호출이 원인일 수 있습니다. "
        "그 전에 정의한 것은 모두 채점했습니다.",
    "The notebook sent too much data to the grader {where}; it was stopped there.":
        "{where} 노트북이 채점기에 너무 많은 데이터를 보내서 그 자리에서 멈췄습니다.",
    "The grading worker running this notebook stopped or died {where} ({detail}); everything defined before "
    "it was graded.":
        "{where} 이 노트북을 실행하던 채점 작업자가 멈추거나 종료되었습니다({detail}). 그 전에 정의한 것은 모두 "
        "채점했습니다.",
    "The notebook wrote unreadable data on the grader's channel {where}; what came after it was not graded.":
        "{where} 노트북이 채점기의 통신 채널에 읽을 수 없는 데이터를 썼습니다. 그 뒤의 내용은 채점하지 않았습니다.",
    "The machine grading this notebook was too busy to give it its time {where} ({detail}), so it was not "
    "graded. This is not your fault; your instructor will grade it again.":
        "{where} 이 노트북을 채점하던 컴퓨터가 너무 바빠서 노트북에 필요한 시간을 주지 못했습니다({detail}). 그래서 "
        "채점하지 않았습니다. 여러분의 잘못이 아니며, 강사가 다시 채점할 것입니다.",
    "The grader itself failed while grading this notebook ({detail}). This is not your fault; your instructor "
    "has been told.":
        "이 노트북을 채점하는 동안 채점기 자체에 문제가 생겼습니다({detail}). 여러분의 잘못이 아니며, 강사에게 "
        "알렸습니다.",
    "A hidden check failed (hidden checks use inputs you do not see).":
        "숨은 검사를 통과하지 못했습니다(숨은 검사는 보이지 않는 입력을 씁니다).",
    "Test your code on inputs the public checks do not use: other shapes, a single sample, negative and zero "
    "values, lists instead of arrays.":
        "공개 검사에 없는 입력으로도 코드를 시험해 보세요: 다른 모양(shape), 샘플 하나, 음수와 0, 배열 대신 리스트.",

    # ------------------------------------------------------------ grader.submissions: reading a submission
    "{name} is empty (0 bytes of notebook). Save the notebook in Jupyter and submit again.":
        "{name} 파일이 비어 있습니다(노트북 0바이트). Jupyter에서 노트북을 저장하고 다시 제출하세요.",
    "{name} is larger than 20 MB; clear the outputs (Edit > Clear All Outputs) and save.":
        "{name} 파일이 20 MB보다 큽니다. 출력을 지우고(Edit > Clear All Outputs) 저장하세요.",
    "{name} is JSON but not a Jupyter notebook.": "{name} 파일은 JSON이지만 Jupyter 노트북이 아닙니다.",
    "{name} is in an old notebook format (version {version}); open it in JupyterLab, save it (that converts "
    "it), and submit again.":
        "{name} 파일은 예전 노트북 형식(버전 {version})입니다. JupyterLab에서 열어 저장하고(그러면 변환됩니다) "
        "다시 제출하세요.",
    "{name} does not say which notebook format it uses (nbformat); open and save it in JupyterLab.":
        "{name} 파일에 노트북 형식(nbformat)이 적혀 있지 않습니다. JupyterLab에서 열어 저장하세요.",
    "{name} is JSON but not a Jupyter notebook (it has no list of cells).":
        "{name} 파일은 JSON이지만 Jupyter 노트북이 아닙니다(셀 목록이 없습니다).",
    "{name} is not one of the course's notebooks (its name should start with the lesson's, e.g. 01_perceptron).":
        "{name} 파일은 이 강좌의 노트북이 아닙니다(파일 이름이 레슨 이름으로 시작해야 합니다. 예: 01_perceptron).",
    "{path} is a symbolic link; it is not followed.": "{path}: 심볼릭 링크입니다. 링크는 따라가지 않습니다.",
    "{name} is not a readable notebook: it is not valid JSON{where}. It may be truncated or corrupted; open it "
    "in JupyterLab, save it, and submit again.":
        "{name} 파일은 읽을 수 있는 노트북이 아닙니다: 올바른 JSON이 아닙니다{where}. 잘렸거나 손상되었을 수 "
        "있습니다. JupyterLab에서 열어 저장하고 다시 제출하세요.",
    "{name} has cells that could not be read.": "{name} 파일에 읽을 수 없는 셀이 있습니다.",
    "is encrypted (password-protected); zip it again without a password":
        "암호로 보호되어 있습니다. 암호 없이 다시 압축하세요",
    "uses a compression method ({method}) this grader cannot read; zip it again":
        "채점기가 읽을 수 없는 압축 방식({method})을 씁니다. 다시 압축하세요",
    "is larger than 20 MB": "20 MB보다 큽니다",
    "{name} {problem}.": "{name} 파일: {problem}.",
    "{path} does not exist.": "{path}: 존재하지 않습니다.",
    " (line {line})": " ({line}번째 줄)",
    "not a regular file": "일반 파일이 아님",
    "is damaged in the zip (it could not be unpacked); zip it again":
        "zip 안에서 손상되었습니다(풀 수 없었습니다). 다시 압축하세요",
    "{name}: {problem} (a zip inside the folder)": "{name}: {problem} (폴더 안의 zip)",
    "could not be opened ({error})": "열 수 없습니다({error})",
    "is not a regular file": "일반 파일이 아닙니다",
    "{path} holds no .ipynb notebook.": "{path}: .ipynb 노트북이 없습니다.",
    "{path}: inside a 'solutions' folder (the course's, not yours)":
        "{path}: 'solutions' 폴더 안에 있습니다(여러분의 것이 아니라 강좌의 파일입니다)",
    "could not be opened": "열 수 없음",
    "could not be read": "읽을 수 없음",
    "everything after {count} files: the folder is too large": "파일 {count}개 다음의 모든 것: 폴더가 너무 큽니다",
    "{path}: not a regular file": "{path}: 일반 파일이 아님",
    "{path}: the submission is over {mb} MB": "{path}: 제출물이 {mb} MB를 넘습니다",
    "is not a readable zip file ({error})": "읽을 수 있는 zip 파일이 아닙니다({error})",
    "{path}: another notebook of lesson {number}; graded {chosen}":
        "{path}: 레슨 {number}의 다른 노트북입니다. 채점한 것은 {chosen}입니다",
    "{path}: another notebook of lesson {number}, less worked ({left} exercises left as stubs or missing, "
    "against {kept}); graded {chosen}":
        "{path}: 레슨 {number}의 다른 노트북으로, 덜 풀었습니다(처음 받은 틀 그대로이거나 없는 연습 문제 {left}개, "
        "채점한 노트북은 {kept}개). 채점한 것은 {chosen}입니다",
    "{path}: a symbolic link (never followed)": "{path}: 심볼릭 링크 (따라가지 않습니다)",
    "holds more than {count} files; zip only your notebooks":
        "파일이 {count}개보다 많습니다. 노트북만 압축하세요",
    "{path}: a zip inside the folder with no .ipynb notebook": "{path}: .ipynb 노트북이 없는, 폴더 안의 zip",
    "{name} is not a notebook: submit the .ipynb file (a {extension} cannot be graded).":
        "{name} 파일은 노트북이 아닙니다. .ipynb 파일을 제출하세요({extension} 파일은 채점할 수 없습니다).",
    "{name} is not a notebook: submit the .ipynb file (a file without extension cannot be graded).":
        "{name} 파일은 노트북이 아닙니다. .ipynb 파일을 제출하세요(확장자가 없는 파일은 채점할 수 없습니다).",
    "{name} could not be read ({problem}).": "{name} 파일을 읽을 수 없습니다({problem}).",
    "{path}: an earlier copy of the same name in the zip ({count} members named so); the last one is graded, as "
    "unzip shows it":
        "{path}: zip 안에 있는 같은 이름의 이전 사본입니다(이 이름인 항목 {count}개). unzip이 보여 주는 대로 "
        "마지막 것을 채점합니다",
    "{path}: lesson {number} is not part of this assignment (a later lesson builds on it; not graded)":
        "{path}: 이번 과제에 없는 레슨({number})입니다(뒤 레슨이 이 레슨을 바탕으로 하지만 채점하지 않습니다)",
    "{path}: lesson {number} is not part of this assignment": "{path}: 이번 과제에 없는 레슨({number})입니다",
    "{path}: a zip inside the zip (not opened)": "{path}: zip 안의 zip (열지 않습니다)",
    "No points yet: it gives the same result for every check, and an answer that does not depend "
    "on its input earns nothing, even where it matches. Make it compute its result from its input.":
        "아직 점수가 없습니다: 모든 검사에서 같은 결과를 반환합니다. 입력에 따라 달라지지 않는 답은 "
        "우연히 맞는 곳이 있어도 점수를 받지 못합니다. 입력으로부터 결과를 계산하도록 고치세요.",
    "No points yet: the checks it passes are ones a placeholder answer (a constant, zeros or ones, "
    "the input handed back) passes too. Partial credit starts once it also passes one that such "
    "answers fail, e.g. {case}.":
        "아직 점수가 없습니다: 통과한 검사는 자리만 채운 답(상수, 0이나 1로 채운 배열, 입력을 그대로 반환하기)도 "
        "통과하는 검사입니다. 그런 답이 통과하지 못하는 검사를 하나라도 통과하면 부분 점수가 시작됩니다. "
        "예: {case}.",
    "No points yet: partial credit comes in steps of {step:g} points, and the checks passed so far "
    "earn less than one step. Pass more checks to earn it.":
        "아직 점수가 없습니다: 부분 점수는 {step:g}점 단위로 주어지는데, 지금까지 통과한 검사로는 한 단위에 "
        "미치지 못합니다. 검사를 더 통과하면 점수를 받습니다.",
    " The public checks earn {public:g} of {top:g} points; the hidden ones hold the other {hidden:g}.":
        " 공개 검사로 {top:g}점 중 {public:g}점을 받았고, 나머지 {hidden:g}점은 숨은 검사의 몫입니다.",
    "{count} more files in the zip that are not notebooks (not graded)":
        "zip 안에 노트북이 아닌 파일이 {count}개 더 있습니다 (채점하지 않습니다)",
    "{path}: not a notebook (not graded)": "{path}: 노트북이 아닙니다 (채점하지 않습니다)",
    "{path}: an earlier attempt; the latest one is graded": "{path}: 이전 제출입니다. 가장 최근 제출을 채점합니다",
    "{path}: a folder with no .ipynb notebook": "{path}: .ipynb 노트북이 없는 폴더입니다",
    "{path}: could not be read ({problem})": "{path}: 읽을 수 없습니다 ({problem})",
    "Nothing was handed in for this assignment.": "이 과제에 제출한 것이 없습니다.",
    "The course site marks this submission late, without a time: it counts as {days} day(s) late. "
    "Late policy {policy}: {percent:g}% off, {before:g} → {after:g}.":
        "강좌 사이트가 이 제출을 늦은 제출로 표시했지만 시각은 없습니다. {days}일 늦은 것으로 계산합니다. "
        "지각 규정 {policy}: {percent:g}% 감점, {before:g} → {after:g}.",
    "Handed in {days} day(s) after your deadline. Late policy {policy}: {percent:g}% off, "
    "{before:g} → {after:g}.":
        "마감보다 {days}일 늦게 제출했습니다. 지각 규정 {policy}: {percent:g}% 감점, {before:g} → {after:g}.",

    # ------------------------------------------------------------ words looked up (how a job ended, a value)
    "wall clock": "실제 경과 시간",
    "CPU time limit": "CPU 시간 제한",
    "waited for a CPU": "CPU를 기다림",
    "it died": "프로세스가 종료됨",
    "it stopped answering": "응답이 멈춤",
    "no grading worker could be started": "채점 작업자를 시작할 수 없음",
    "the notebook's sandbox could not be set up": "노트북의 샌드박스를 준비할 수 없음",
    "more than 16 MB of results": "결과가 16 MB를 넘음",
    "a record over 8 MB": "8 MB를 넘는 기록",
    "an unexpected record": "예상하지 못한 기록",
    "the grading was interrupted": "채점이 중단됨",
    "the grading worker stopped taking jobs": "채점 작업자가 더 이상 작업을 받지 않음",
    "more than 256 MB of arguments to the course's functions": "강좌 함수에 넘긴 인자가 256 MB를 넘음",
    "nested too deeply": "너무 깊이 중첩됨",
    "not a number": "수가 아님",
    "an array of Python objects, not numbers": "수가 아니라 파이썬 객체로 된 배열",
    "dict keys must be strings": "dict의 키는 문자열이어야 함",
    "(the error message could not be read)": "(오류 메시지를 읽을 수 없음)",
    # ------------------------------------------------------------ the result rules, warnings, method, differential
    "{case} returned your argument {arguments} itself (or a view of it), not a new array. Hint: the text asks "
    "for a new array even when nothing changes: return a copy such as `np.array(w, dtype=float)` or the result "
    "of an operation, never the argument itself.":
        "{case}: 새 배열이 아니라 인자 {arguments} 자체(또는 그 뷰)를 반환했습니다. 힌트: 본문은 아무것도 바뀌지 않을 "
        "때에도 새 배열을 요구합니다. `np.array(w, dtype=float)` 같은 복사본이나 연산의 결과를 반환하고, 인자 자체는 "
        "반환하지 마세요.",
    "{case}: the text promises a result {promise}, but the call hides warnings ({what}). Hint: the promise is "
    "that no warning arises, not that it is silenced: rewrite the formula instead.":
        "{case}: 본문은 결과가 {promise} 나온다고 약속하는데, 이 호출은 경고를 숨깁니다({what}). 힌트: 약속은 경고가 "
        "생기지 않는다는 것이지 경고를 끈다는 것이 아닙니다. 대신 식을 고쳐 쓰세요.",
    "{case}: the text promises a result {promise}, but the call raised {warning}. Hint: rewrite the formula so "
    "that no step overflows or divides by zero (the lesson shows how).":
        "{case}: 본문은 결과가 {promise} 나온다고 약속하는데, 이 호출에서 {warning} 경고가 났습니다. 힌트: 어느 "
        "단계에서도 오버플로나 0으로 나누기가 생기지 않도록 식을 고쳐 쓰세요(레슨에 방법이 있습니다).",
    "`{name}` is still `None`. Replace `None` with your answer and run its cell.":
        "`{name}` 값이 아직 `None`입니다. `None`을 답으로 바꾸고 그 셀을 실행하세요.",
    "{message} This exercise is about the method, so it earns no points until it uses it.":
        "{message} 이 연습은 방법 자체가 답이므로, 그 방법을 쓰기 전에는 점수가 없습니다.",
    "Your result differs from the course's {klass}: test your function on such inputs and compare with the "
    "text's rules.":
        "{klass} 결과가 강좌의 답과 다릅니다. 그런 입력으로 함수를 직접 시험하고 본문의 규칙과 비교해 보세요.",
    "a generated input {klass}": "생성한 입력({klass})",
    "{what} that the course's answer gives": "강좌의 답과 같은 {what}",
    "{value}, a different answer": "{value}(다른 답)",
    "{what} as {count} values": "값 {count}개로 된 {what}",
    "{what} as a dict with the keys {keys}": "키가 {keys}인 dict로 된 {what}",
    "{count} of {total} numbers different": "수 {total}개 가운데 {count}개가 다름",
    "{what} as an array of shape {shape}": "모양(shape)이 {shape}인 배열로 된 {what}",
    "different values": "다른 값",
    "item {index} of {what}": "{what}의 {index}번 항목",
    "{what}[{key!r}]": "{what}의 항목 [{key!r}]",
    "{what} as floats": "실수(float)로 된 {what}",
    "an array of dtype {dtype}": "dtype이 {dtype}인 배열",
    "a 0-d array ({value})": "0차원 배열({value})",
    "a NumPy bool {value}": "NumPy의 bool 값 {value}",
    "{what} as True or False (a plain bool)": "True 또는 False(파이썬 bool)인 {what}",
    "{what} as a NumPy array": "NumPy 배열로 된 {what}",
    "(This demo runs once you have set `{name}`.)": "(`{name}` 값을 정하면 이 데모가 실행됩니다.)",
    "… {name}: not set yet — replace `None` with your answer, run that cell, then run this check again.":
        "… {name}: 아직 정하지 않았습니다 — `None`을 답으로 바꾸고 그 셀을 실행한 다음, 이 검사를 다시 실행하세요.",
    "Return floats here, even for integer inputs: e.g. np.asarray(X, dtype=float).":
        "입력이 정수여도 여기서는 실수(float)를 반환하세요. 예: np.asarray(X, dtype=float).",
    "A number for a number: return a Python float (float(...)) or a NumPy scalar, not an array (not even a "
    "0-d one) and not a bool.":
        "수에는 수로 답합니다. 파이썬 float(float(...))나 NumPy 스칼라를 반환하고, 배열(0차원 배열도)이나 bool은 "
        "반환하지 마세요.",
    "Return a plain bool: wrap NumPy's answer in bool(...).":
        "파이썬 bool을 반환하세요. NumPy의 답을 bool(...)로 감싸면 됩니다.",
    "Return an array: np.asarray(...) or a NumPy operation's result.":
        "배열을 반환하세요. np.asarray(...)나 NumPy 연산의 결과면 됩니다.",
    'with lists': '리스트 입력으로',
    'with a list': '리스트 입력으로',
    'with integer inputs': '정수 입력으로',
    'with a single sample': '샘플이 하나일 때',
    'with one feature': '특징이 하나일 때',
    'with one row': '행이 하나일 때',
    'with w = 0': 'w = 0일 때',
    'with large weights': '가중치가 클 때',
    'with tiny weights': '가중치가 아주 작을 때',
    'with huge weights': '가중치가 아주 클 때',
    'with an empty array': '빈 배열로',
    'with a NumPy number': 'NumPy 수로',
    'with integer samples': '정수 샘플로',
    'with a list of lists': '리스트의 리스트로',
    'with a nested list': '중첩 리스트로',
    'with an integer array': '정수 배열로',
    'with an array of floats': '실수 배열로',
    'with a 3-d array': '3차원 배열로',
    'with a one-element array': '원소가 하나인 배열로',
    'in 1-D': '1차원에서',
    'in 4-D': '4차원에서',
    'in 5-D': '5차원에서',
    # ------------------------------------------------------------ lesson 01: the perceptron
    "{first} and {second}": "{first} 및 {second}",
    "weights that classify all {count} {what} points correctly": "{what} 점 {count}개를 모두 바르게 분류하는 가중치",
    "separable": "선형 분리 가능한",
    "w = {w}, which misclassifies {wrong}": "w = {w}, 잘못 분류하는 점 {wrong}개",
    "errors_per_epoch ending in {last:g}": "마지막 값이 {last:g}인 errors_per_epoch",
    "{count} epochs on XOR, which no line separates": "XOR에서 {count} 에포크 (어떤 직선도 XOR을 나누지 못합니다)",
    "{count} epochs": "{count} 에포크",
    "{y:+d} with w = {w}": "w = {w}일 때 {y:+d}",
    "Pick w so that w0 + w1·x1 + w2·x2 >= 0 exactly where {gate} is true.":
        "{gate} 게이트가 참인 곳에서만 정확히 w0 + w1·x1 + w2·x2 >= 0이 되도록 w를 고르세요.",
    "This is the perceptron rule (t - y with the thresholded y): the delta rule uses the raw sum s.":
        "이것은 퍼셉트론 학습 규칙입니다(임계값을 거친 y로 t - y를 씀). 델타 규칙은 가중합 s를 그대로 씁니다.",
    "Every weight moved by the same amount: the update is scaled by each input of x̃ (1 for the bias).":
        "모든 가중치가 같은 양만큼 움직였습니다. 업데이트에는 x̃의 각 입력을 곱해야 합니다(편향은 1).",
    "w with lr = 0.2 to be twice w with lr = 0.1 (training starts at w = 0)":
        "lr = 0.2일 때의 w가 lr = 0.1일 때의 w의 두 배 (학습은 w = 0에서 시작합니다)",
    "Use the lr argument in every update.": "업데이트할 때마다 lr 인자를 쓰세요.",
    "the same result from the same seed": "같은 시드에서 같은 결과",
    "two different results": "서로 다른 두 결과",
    "Use only the rng you are given for randomness (rng.permutation).":
        "무작위성은 주어진 rng만으로 만드세요(rng.permutation).",
    "stochastic runs with different seeds to visit samples in different orders":
        "시드가 다르면 확률적 학습이 샘플을 다른 순서로 방문하는 것",
    "the same result for every seed": "모든 시드에서 같은 결과",
    "Shuffle the sample order each epoch with the rng argument, e.g. order = rng.permutation(len(X)).":
        "에포크마다 rng 인자로 샘플 순서를 섞으세요. 예: order = rng.permutation(len(X)).",
    "batch mode from w = 0 to give one result whatever the seed":
        "w = 0에서 시작한 배치 모드가 시드와 상관없이 같은 결과를 내는 것",
    "results that change with the seed": "시드에 따라 달라지는 결과",
    "In batch mode every epoch uses all samples at once with the same w; there is no order to shuffle.":
        "배치 모드에서는 에포크마다 같은 w로 모든 샘플을 한꺼번에 씁니다. 섞을 순서가 없습니다.",
    "τ(0) is +1: the test is s >= 0, not s > 0 (and not np.sign).":
        "τ(0)은 +1입니다. 조건은 s > 0이 아니라 s >= 0입니다(np.sign도 아닙니다).",
    "Positive sums give +1.": "양수인 가중합은 +1이 됩니다.",
    "Negative sums give -1, not 0.": "음수인 가중합은 0이 아니라 -1이 됩니다.",
    "Work elementwise on arrays, e.g. with np.where; +1 at exactly 0.":
        "배열에서는 원소마다 계산하세요. 예: np.where. 정확히 0일 때는 +1입니다.",
    "An array in gives an array of the same shape out.": "배열을 넣으면 같은 모양(shape)의 배열이 나와야 합니다.",
    "Accept a list too: np.asarray(s).": "리스트도 받으세요: np.asarray(s).",
    "The ones go in front, as column 0, so that w[0] is the bias.":
        "1은 맨 앞 0번 열에 붙입니다. 그래야 w[0]이 편향이 됩니다.",
    "One row with d = 4 features becomes one row of d + 1 = 5.":
        "특징이 d = 4개인 행 하나는 d + 1 = 5개짜리 행 하나가 됩니다.",
    "A single sample of shape (d,) becomes shape (d + 1,): prepend one 1.":
        "모양(shape)이 (d,)인 샘플 하나는 (d + 1,)이 됩니다. 앞에 1을 하나 붙이세요.",
    "Accept a list too: np.asarray(X).": "리스트도 받으세요: np.asarray(X).",
    "Don't forget the bias w[0]: s = w[0] + X @ w[1:].": "편향 w[0]을 잊지 마세요: s = w[0] + X @ w[1:].",
    "s = 0.5 - x1 + 2 x2 here; the last sample has s = 0 exactly, which is +1.":
        "여기서는 s = 0.5 - x1 + 2 x2입니다. 마지막 샘플은 정확히 s = 0이고, 이때는 +1입니다.",
    "One row in, a prediction array of shape (1,) out.":
        "행 하나를 넣으면 모양(shape)이 (1,)인 예측 배열이 나와야 합니다.",
    "Accept lists too: np.asarray(w), np.asarray(X).": "리스트도 받으세요: np.asarray(w), np.asarray(X).",
    "The worked example: s = 1.125 but t = -1, so J = -t·s = 1.125.":
        "풀이 예제입니다: s = 1.125인데 t = -1이므로 J = -t·s = 1.125입니다.",
    "Only misclassified samples count (here the first, s = -0.5 with t = +1, and the last, which sits on the "
    "line and adds 0); J is never negative.":
        "잘못 분류된 샘플만 셉니다(여기서는 t = +1인데 s = -0.5인 첫 샘플과, 직선 위에 있어 0을 더하는 마지막 "
        "샘플). J는 절대 음수가 되지 않습니다.",
    "Every sample is wrong here: J = 0.5 + 1.5 + 0.5.": "여기서는 모든 샘플이 틀립니다: J = 0.5 + 1.5 + 0.5.",
    "When every sample is right, J = 0.": "모든 샘플이 맞으면 J = 0입니다.",
    "y is the thresholded prediction (+1 here), so t - y = -2; the bias w[0] is updated too, with x0 = 1.":
        "y는 임계값을 거친 예측(여기서는 +1)이므로 t - y = -2입니다. 편향 w[0]도 x0 = 1로 함께 업데이트합니다.",
    "A correctly classified sample leaves w unchanged (t - y = 0). Using the raw sum s is the delta rule, a "
    "different update.":
        "바르게 분류된 샘플은 w를 바꾸지 않습니다(t - y = 0). 가중합 s를 그대로 쓰는 것은 델타 규칙으로, 다른 "
        "업데이트입니다.",
    "s = -1 so y = -1 and t - y = 2: w + 0.5·2·(1, 0, 1).":
        "s = -1이므로 y = -1, t - y = 2입니다: w + 0.5·2·(1, 0, 1).",
    "Here s = 0 exactly, and τ(0) = +1: the prediction is +1, so a sample with t = -1 is misclassified and w "
    "moves.":
        "여기서는 정확히 s = 0이고 τ(0) = +1입니다. 예측이 +1이므로 t = -1인 샘플은 잘못 분류된 것이고, w가 "
        "움직입니다.",
    "Even a correctly classified sample moves w unless s equals t exactly (t - s = -0.125).":
        "바르게 분류된 샘플이라도 s가 t와 정확히 같지 않으면 w가 움직입니다(t - s = -0.125).",
    "From w = 0, s = 0 and the update is lr·t·x̃ = 0.1·(1, 2, -1).":
        "w = 0에서 시작하면 s = 0이고, 업데이트는 lr·t·x̃ = 0.1·(1, 2, -1)입니다.",
    "one error count per epoch": "에포크마다 오류 수 하나",
    "an empty list": "빈 리스트",
    "Return the weights after the last update.": "마지막 업데이트가 끝난 뒤의 가중치를 반환하세요.",
    "the last epoch to have 0 errors (that is when training stops)":
        "마지막 에포크의 오류 수가 0인 것 (그때 학습이 멈춥니다)",
    "training to stop at the first epoch with no error": "오류가 없는 첫 에포크에서 학습이 멈추는 것",
    "Stop as soon as an epoch makes no mistake.": "한 에포크에서 틀린 것이 없으면 바로 멈추세요.",
    "Stop after max_epochs even when errors remain.": "오류가 남아 있어도 max_epochs 뒤에는 멈추세요.",
    "an error in every epoch on XOR": "XOR에서는 모든 에포크에 오류가 있는 것",
    "at most 4 errors per epoch on 4 samples": "샘플 4개에서 에포크마다 오류가 많아야 4개",
    "Count each misclassified sample of an epoch once.": "한 에포크에서 잘못 분류된 샘플은 한 번씩만 세세요.",
    "the result (w, errors_per_epoch)": "결과 (w, errors_per_epoch)",
    "Count an epoch's errors with the w it started from, before its update.":
        "에포크의 오류는 업데이트하기 전, 그 에포크를 시작할 때의 w로 세세요.",
    "w after 2 batch epochs": "배치 2 에포크 뒤의 w",
    "Batch mode: one update per epoch, w + lr·X̃ᵀ(t - y) over all samples at once with the same w, summed "
    "(not averaged).":
        "배치 모드: 에포크마다 업데이트는 한 번이고, 같은 w로 모든 샘플에 대해 한꺼번에 w + lr·X̃ᵀ(t - y)를 "
        "계산합니다. 평균이 아니라 합입니다.",
    "finite weights": "유한한 가중치",
    "Return a single number for a single number.": "수 하나를 넣으면 수 하나를 반환하세요.",
    "predict(w = (-1.5, 1, 1), the four gate inputs)": "predict(w = (-1.5, 1, 1), 논리 게이트 입력 네 개)",
    "predict(w = (0.5, -1, 2), X of shape (4, 2))": "predict(w = (0.5, -1, 2), 모양(shape)이 (4, 2)인 X)",
    "predict(w, X with one row)": "predict(w, 행이 하나인 X)",
    "predict with lists": "리스트를 넣은 predict",
    "perceptron_loss on the worked example": "풀이 예제에서의 perceptron_loss",
    "perceptron_loss with every sample misclassified": "모든 샘플을 잘못 분류할 때의 perceptron_loss",
    "perceptron_loss of AND weights on AND": "AND 가중치로 AND에서 구한 perceptron_loss",
    "perceptron_step on the worked example": "풀이 예제에서의 perceptron_step",
    "perceptron_step on a correctly classified sample": "바르게 분류된 샘플에서의 perceptron_step",
    "perceptron_step(w = 0, x = [1, 2], t = -1, lr = 0.5), where s = 0":
        "perceptron_step(w = 0, x = [1, 2], t = -1, lr = 0.5), 이때 s = 0",
    "delta_rule_step on the worked example": "풀이 예제에서의 delta_rule_step",
    "delta_rule_step on a correctly classified sample": "바르게 분류된 샘플에서의 delta_rule_step",
    "w has d + 1 entries, the bias first.": "w의 원소는 d + 1개이고, 편향이 맨 앞입니다.",
    "batch training on AND for 2 epochs from w = 0, lr = 0.5": "AND에서 w = 0, lr = 0.5로 2 에포크 동안 배치 학습",
    "stochastic training on AND": "AND에서 확률적 학습",
    "batch training on AND": "AND에서 배치 학습",
    "stochastic training on 20 separable points": "선형 분리 가능한 점 20개에서 확률적 학습",
    "batch training on 20 separable points": "선형 분리 가능한 점 20개에서 배치 학습",
    "stochastic training on XOR for 25 epochs": "XOR에서 25 에포크 동안 확률적 학습",
    "batch training on XOR for 25 epochs": "XOR에서 25 에포크 동안 배치 학습",
    "stochastic training twice with seed 7": "시드 7로 확률적 학습 두 번",
    "stochastic training with seeds 0 to 4": "시드 0부터 4까지 확률적 학습",
    "batch training with seeds 0 to 2": "시드 0부터 2까지 배치 학습",
    "batch training with lr = 0.1 and lr = 0.2": "lr = 0.1과 lr = 0.2로 배치 학습",
    "stochastic training with lr = 0.1 and lr = 0.2, seed 4": "시드 4에서 lr = 0.1과 lr = 0.2로 확률적 학습",
    "training on OR given as lists": "리스트로 준 OR에서 학습",
    "Three numbers: the bias w0 first, then w1 and w2.": "수 세 개입니다: 편향 w0이 먼저, 그다음 w1과 w2.",
    "Work the update by hand for the worked example and compare.":
        "풀이 예제의 업데이트를 손으로 계산해 보고 비교하세요.",
    '{count} epochs (one error count per epoch run)': '에포크 {count}번(실행한 에포크마다 오류 수 하나)',
    '{count} epochs: {errors}': '에포크 {count}번: {errors}',
    'errors_per_epoch = {errors}': '에포크별 오류 수 errors_per_epoch = {errors}',
    'An integer 0 is a number too: τ(0) = +1, as a number.': '정수 0도 수입니다. τ(0) = +1을 수로 반환하세요.',
    'A NumPy number is a number: return a number for it, not an array.':
        'NumPy 수도 수입니다. 배열이 아니라 수를 반환하세요.',
    'Integer arrays work alike: +1 where s >= 0.': '정수 배열도 똑같이 처리합니다. s >= 0인 곳은 +1입니다.',
    'An empty array in gives an empty array out.': '빈 배열을 넣으면 빈 배열이 나와야 합니다.',
    'Accept a list too: np.asarray(X, dtype=float).': '리스트도 받으세요: np.asarray(X, dtype=float).',
    'Integer samples give float samples: np.asarray(X, dtype=float).':
        '정수 샘플에서도 실수 샘플을 만드세요: np.asarray(X, dtype=float).',
    's = 1 - 2·x1 + x2: the second sum is exactly 0, which is +1.':
        's = 1 - 2·x1 + x2입니다. 두 번째 가중합은 정확히 0이므로 +1입니다.',
    'At w = 0 every sum is 0, so every -1 sample is a mistake that adds 0: J = 0.':
        'w = 0이면 가중합이 모두 0이므로, -1 샘플은 모두 오분류지만 0을 더합니다. 그래서 J = 0입니다.',
    'Sums 0, 0, 1, -5 against targets -1, -1, +1, +1: the mistakes add 0 + 0 + 5 (lists of integers).':
        '가중합 0, 0, 1, -5와 목표값 -1, -1, +1, +1: 오분류가 0 + 0 + 5를 더합니다(정수 리스트 입력).',
    'A right sample changes nothing, and the result is still a new array of floats: np.asarray(w, dtype=float) '
    "+ ... (never return the caller's w).":
        '맞게 분류한 샘플은 아무것도 바꾸지 않지만, 결과는 여전히 실수로 된 새 배열이어야 합니다: np.asarray(w, '
        'dtype=float) + ... (호출한 쪽의 w를 그대로 반환하지 마세요).',
    's = -1 so y = -1 and t - y = 2: w + 1·2·(1, 0, 1), as floats.':
        's = -1이므로 y = -1, t - y = 2입니다: w + 1·2·(1, 0, 1), 실수로.',
    "Here s = t exactly, so nothing changes; still return a new array, never the caller's w.":
        '여기서는 s = t가 정확히 성립하므로 아무것도 바뀌지 않습니다. 그래도 호출한 쪽의 w가 아니라 새 배열을 '
        '반환하세요.',
    's = 3 and t - s = -4: w - 4·(1, 1, 1), as floats even for integer inputs.':
        's = 3이고 t - s = -4입니다: w - 4·(1, 1, 1), 정수 입력이어도 실수로.',
    'errors_per_epoch as a list (one number per epoch run)': '리스트로 된 errors_per_epoch(실행한 에포크마다 수 하나)',
    'Collect one count per epoch in a Python list (append to it each epoch).':
        '에포크마다 오류 수 하나를 파이썬 리스트에 모으세요(에포크마다 append).',
    'Start from w = 0 and stop after the first epoch without an error.':
        'w = 0에서 시작하고, 오류가 없는 첫 에포크가 끝나면 멈추세요.',
    'max_epochs = 0 runs no epoch: w stays 0 and the list of error counts is empty.':
        'max_epochs = 0이면 에포크를 하나도 실행하지 않습니다. w는 0 그대로이고 오류 수 리스트는 비어 있습니다.',
    'with a float 0.0': '실수 0.0으로',
    'with -0.0': '-0.0으로',
    'with an integer 0': '정수 0으로',
    'with a tiny positive number': '아주 작은 양수로',
    'with a tiny negative number': '아주 작은 음수로',
    'with a large number': '아주 큰 수로',
    'with an array holding zeros': '0이 들어 있는 배열로',
    'with a single sample of shape (d,)': '모양(shape)이 (d,)인 샘플 하나로',
    'with a single integer sample of shape (d,)': '모양(shape)이 (d,)인 정수 샘플 하나로',
    'with one row of shape (1, d)': '모양(shape)이 (1, d)인 행 하나로',
    'with random weights and samples': '무작위 가중치와 샘플로',
    'with integer inputs and sums exactly 0': '정수 입력이고 가중합이 정확히 0일 때',
    'with random weights and targets': '무작위 가중치와 목표값으로',
    'with every sample misclassified': '모든 샘플이 오분류일 때',
    'with every sample right': '모든 샘플이 맞을 때',
    'with integer inputs and mistakes exactly on the line': '정수 입력이고 오분류가 정확히 직선 위에 있을 때',
    'with a misclassified sample': '오분류 샘플로',
    'with a correctly classified sample': '맞게 분류한 샘플로',
    'with a sum exactly 0': '가중합이 정확히 0일 때',
    'with integer inputs and a right sample': '정수 입력이고 맞게 분류한 샘플일 때',
    'with four features': '특징이 넷일 때',
    'with separable data, stochastic mode': '분리 가능한 데이터, 확률적 모드로',
    'with random labels, stochastic mode': '무작위 레이블, 확률적 모드로',
    'with separable data, batch mode': '분리 가능한 데이터, 배치 모드로',
    'with random labels, batch mode': '무작위 레이블, 배치 모드로',
    'with float samples': '실수 샘플로',
    'with max_epochs = 1': 'max_epochs = 1일 때',
    'with max_epochs = 0': 'max_epochs = 0일 때',
    'with XOR, which never converges': '수렴하지 않는 XOR로',
    'step(an empty array)': 'step(빈 배열)',
    'add_bias(an integer array of shape (2, 2))': 'add_bias(모양(shape)이 (2, 2)인 정수 배열)',
    'predict(w = (1, -2, 1), integer X, a sum exactly 0)': 'predict(w = (1, -2, 1), 정수 X, 가중합이 정확히 0)',
    'perceptron_loss(w = 0, the gate inputs, AND)': 'perceptron_loss(w = 0, 게이트 입력, AND)',
    'perceptron_loss with lists of integers': '정수 리스트를 넣은 perceptron_loss',
    'perceptron_step(integer w = (1, 2, -1), x = (3, 1), t = 1, lr = 1), a right sample':
        'perceptron_step(정수 w = (1, 2, -1), x = (3, 1), t = 1, lr = 1), 맞게 분류한 샘플',
    'perceptron_step(integer w = (0, 1, -1), x = (0, 1), t = 1, lr = 1)':
        'perceptron_step(정수 w = (0, 1, -1), x = (0, 1), t = 1, lr = 1)',
    'delta_rule_step where s = t exactly': 's = t가 정확히 성립할 때의 delta_rule_step',
    'delta_rule_step(integer w = (1, 0, 2), x = (1, 1), t = -1, lr = 1)':
        'delta_rule_step(정수 w = (1, 0, 2), x = (1, 1), t = -1, lr = 1)',
    'w has d + 1 entries, the bias first, as floats.': 'w는 실수 d + 1개이고, 편향이 맨 앞입니다.',
    "batch: count an epoch's mistakes with the w it started from; stochastic: count the samples that cause an "
    'update, in the order of one new rng.permutation(N) per epoch (and no other use of rng).':
        '배치: 에포크의 오류는 그 에포크를 시작한 w로 셉니다. 확률적: 에포크마다 새로 만든 rng.permutation(N) '
        '하나의 순서대로, 업데이트를 일으킨 샘플을 셉니다(rng는 그 밖에 쓰지 않습니다).',
    "Count an epoch's mistakes with the w it started from, before its one update.":
        '에포크의 오류는 한 번의 업데이트 전에, 그 에포크를 시작한 w로 세세요.',
    'w after training': '학습 후의 w',
    'stochastic training on 6 points, seed 3, step by step as the text says':
        '점 6개에서 시드 3으로 본문이 말하는 대로 한 단계씩 하는 확률적 학습',
    'stochastic training on 20 separable points, seed 8, step by step as the text says':
        '분리 가능한 점 20개에서 시드 8로 본문이 말하는 대로 한 단계씩 하는 확률적 학습',
    'batch training on 6 points, step by step as the text says':
        '점 6개에서 본문이 말하는 대로 한 단계씩 하는 배치 학습',
    'stochastic training on XOR for 6 epochs, seed 5, step by step as the text says':
        'XOR에서 시드 5로 6 에포크 동안 본문이 말하는 대로 한 단계씩 하는 확률적 학습',
    'training with max_epochs = 0': 'max_epochs = 0인 학습',
    'One update per mistake of lr·(t - y)·x̃, from w = 0, in the order of one new rng.permutation(N) per epoch.':
        'w = 0에서 시작해, 에포크마다 새로 만든 rng.permutation(N) 하나의 순서대로, 오분류마다 lr·(t - '
        'y)·x̃만큼 한 번 업데이트합니다.',
    'One update per epoch: w + lr·X̃ᵀ(t - y), summed over the samples, not averaged.':
        '에포크마다 업데이트는 한 번: w + lr·X̃ᵀ(t - y)이며, 샘플에 대해 평균이 아니라 합입니다.',
    # ------------------------------------------------------------ lesson 02: decision lines
    "a point on the line, where w0 + w1·x1 + w2·x2 = 0 for w = {w}":
        "직선 위의 점, 곧 w = {w}일 때 w0 + w1·x1 + w2·x2 = 0인 점",
    "point {point}, where the sum is {s:.4g}": "점 {point}, 이 점에서 가중합은 {s:.4g}",
    "a direction along the line, perpendicular to (w1, w2) = {normal}":
        "직선을 따라가는 방향, 곧 (w1, w2) = {normal}에 수직인 방향",
    "direction {direction}": "방향 {direction}",
    "a unit that fires exactly when weights·x >= {T:g}, for weights = {weights}":
        "weights = {weights}일 때 정확히 weights·x >= {T:g}인 곳에서만 활성화되는 유닛",
    "w = {w}, which at x = {x} fires (weights·x = {s:g})": "w = {w}, x = {x}에서 활성화됨 (weights·x = {s:g})",
    "w = {w}, which at x = {x} does not fire (weights·x = {s:g})":
        "w = {w}, x = {x}에서 활성화되지 않음 (weights·x = {s:g})",
    "the distances": "거리",
    "a point with finite coordinates": "좌표가 유한한 점",
    "Dividing by w1 or by w2 alone fails when that weight is 0 (horizontal or vertical lines); divide by "
    "w1² + w2² instead.":
        "w1이나 w2 하나로만 나누면 그 가중치가 0일 때(수평선이나 수직선) 실패합니다. 대신 w1² + w2²로 나누세요.",
    "Put your point into w0 + w1·x1 + w2·x2: it must give 0. Check the sign of the step you take from the "
    "origin along (w1, w2).":
        "구한 점을 w0 + w1·x1 + w2·x2에 넣어 보세요. 0이 나와야 합니다. 원점에서 (w1, w2) 방향으로 움직이는 "
        "걸음의 부호를 확인하세요.",
    "a non-zero direction": "0이 아닌 방향",
    "(w1, w2) is the normal, perpendicular to the line: the direction must be perpendicular to it (their dot "
    "product is 0).":
        "(w1, w2)는 직선에 수직인 법선 벡터입니다. 방향은 이 벡터에 수직이어야 합니다(내적이 0).",
    "line_through(w = (-1.5, 1, 1)), the AND line": "line_through(w = (-1.5, 1, 1)), AND의 직선",
    "line_through(w = (-2, 4, 0)), the vertical line x1 = 0.5": "line_through(w = (-2, 4, 0)), 수직선 x1 = 0.5",
    "A vertical line has w2 = 0: you cannot solve for x2.": "수직선은 w2 = 0입니다. x2에 대해 풀 수 없습니다.",
    "line_through(w = (1, 0, -0.5)), the horizontal line x2 = 2": "line_through(w = (1, 0, -0.5)), 수평선 x2 = 2",
    "A horizontal line has w1 = 0: you cannot solve for x1.": "수평선은 w1 = 0입니다. x1에 대해 풀 수 없습니다.",
    "line_through(w = (0, 3, -4)), a line through the origin": "line_through(w = (0, 3, -4)), 원점을 지나는 직선",
    "Without a bias the line passes through the origin.": "편향이 없으면 직선은 원점을 지납니다.",
    "line_through(w = (-300, 100, 200)), large weights": "line_through(w = (-300, 100, 200)), 큰 가중치",
    "Accept a list too: np.asarray(w, dtype=float).": "리스트도 받으세요: np.asarray(w, dtype=float).",
    "The length that scales the weighted sum is that of the normal w[1:] only (5 here), not of the whole w; "
    "keep the sign.":
        "가중합을 나누는 길이는 w 전체가 아니라 법선 벡터 w[1:]만의 길이입니다(여기서는 5). 부호는 그대로 두세요.",
    "One row in, an array of shape (1,) out.": "행 하나를 넣으면 모양(shape)이 (1,)인 배열이 나와야 합니다.",
    "Negating w swaps the sides, so every sign flips: do not take an absolute value.":
        "w의 부호를 바꾸면 양쪽이 뒤바뀌어 모든 부호가 뒤집힙니다. 절댓값을 취하지 마세요.",
    "w1 = 0 is fine: only w[1:] as a whole must be non-zero.":
        "w1 = 0이어도 괜찮습니다. w[1:] 전체만 0이 아니면 됩니다.",
    "Nothing may assume two inputs: w[1:] holds the normal in any dimension d.":
        "입력이 두 개라고 가정하면 안 됩니다. 차원 d가 얼마든 w[1:]이 법선 벡터입니다.",
    "Accept lists too: np.asarray(w, dtype=float).": "리스트도 받으세요: np.asarray(w, dtype=float).",
    "threshold_to_bias(weights = (1, 1), T = 1.5), an AND unit":
        "threshold_to_bias(weights = (1, 1), T = 1.5), AND 유닛",
    "A negative threshold gives a positive bias.": "음수 임계값은 양수 편향이 됩니다.",
    "threshold_to_bias(weights = (1, -2, 0.5), T = 0.5), d = 3":
        "threshold_to_bias(weights = (1, -2, 0.5), T = 0.5), d = 3인 경우",
    "Accept a list too: np.asarray(weights, dtype=float).": "리스트도 받으세요: np.asarray(weights, dtype=float).",
    "True or False": "True 또는 False",
    "Return one bool, e.g. bool(np.allclose(a, b)).": "bool 값 하나를 반환하세요. 예: bool(np.allclose(a, b)).",
    "A vector defines the same boundary as itself.": "벡터는 자기 자신과 같은 결정 경계를 정합니다.",
    "A positive multiple is the same classifier: remove the scale before comparing.":
        "양수배는 같은 분류기입니다. 비교하기 전에 크기를 없애세요.",
    "Scaling by 0.001 changes nothing; normalise both vectors before np.allclose.":
        "0.001배를 해도 달라지는 것은 없습니다. np.allclose 전에 두 벡터를 모두 정규화하세요.",
    "A negative multiple gives the same line but swaps the +1 and -1 sides.":
        "음수배는 같은 직선이지만 +1 쪽과 -1 쪽이 뒤바뀝니다.",
    "The factor here is -2: same line, opposite sides.": "여기서 배수는 -2입니다. 직선은 같지만 양쪽이 반대입니다.",
    "Parallel lines with different offsets are different lines: compare the bias too.":
        "평행하지만 위치가 다른 직선은 서로 다른 직선입니다. 편향도 비교하세요.",
    "Different orientations are different lines.": "방향이 다르면 다른 직선입니다.",
    "x1 = 1 and x2 = 1 are different lines.": "x1 = 1과 x2 = 1은 서로 다른 직선입니다.",
    "same_boundary in 3-D, factor 3": "3차원에서 same_boundary, 배수 3",
    "The rule is the same in any dimension.": "규칙은 차원이 얼마든 같습니다.",
    "the result (point, direction)": "결과 (point, direction)",
    "A point in the plane: an array of two numbers (x1, x2).": "평면 위의 점: 수 두 개로 된 배열 (x1, x2).",
    "A direction in the plane: an array of two numbers.": "평면 위의 방향: 수 두 개로 된 배열.",
    "line_through([0.5, 1, 1]) as a list": "리스트로 준 line_through([0.5, 1, 1])",
    "With w1 = w2 = 0 there is no line: raise ValueError('...') with a message.":
        "w1 = w2 = 0이면 직선이 없습니다. 메시지와 함께 raise ValueError('...')를 쓰세요.",
    "With w1 = w2 = 0 there is no line, even when w0 = 0 too: raise ValueError.":
        "w1 = w2 = 0이면 w0 = 0이어도 직선이 없습니다. ValueError를 발생시키세요.",
    "the distances for a scaled w": "크기를 바꾼 w에 대한 거리",
    "A distance must not change when w is scaled: the weighted sum alone does.":
        "w의 크기를 바꾸어도 거리는 바뀌면 안 됩니다. 바뀌는 것은 가중합뿐입니다.",
    "signed_distance(w = (-5, 3, 4), 4 points)": "signed_distance(w = (-5, 3, 4), 점 4개)",
    "signed_distance(w, one point)": "signed_distance(w, 점 하나)",
    "signed_distance(w = (5, -3, -4), 2 points)": "signed_distance(w = (5, -3, -4), 점 2개)",
    "signed_distance(w = (-1, 0, 2), 2 points)": "signed_distance(w = (-1, 0, 2), 점 2개)",
    "signed_distance with lists": "리스트를 넣은 signed_distance",
    "signed_distance in 5-D, w = (1, 1, 2, 2, 0, 4)": "5차원에서 signed_distance, w = (1, 1, 2, 2, 0, 4)",
    "signed_distance for w, 7.5·w and 0.01·w": "w, 7.5·w, 0.01·w에 대한 signed_distance",
    "the bias-trick vector": "편향 트릭 벡터",
    "d + 1 numbers: the bias first, then the d input weights.": "수 d + 1개: 편향이 먼저, 그다음 입력 가중치 d개.",
    "Rewrite weights·x >= T so that 0 is on the right-hand side; the bias goes first.":
        "weights·x >= T를 오른쪽이 0이 되도록 바꾸어 쓰세요. 편향이 맨 앞에 옵니다.",
    "threshold_to_bias([1, 1], 1.5) with a list": "리스트를 넣은 threshold_to_bias([1, 1], 1.5)",
    "same_boundary with lists": "리스트를 넣은 same_boundary",

    'line_through(w = (2, 0, -4)), the horizontal line x2 = 0.5':
        'line_through(w = (2, 0, -4)), 수평선 x2 = 0.5',
    'line_through(w = (1e-6, 3e-6, -4e-6)), tiny weights':
        'line_through(w = (1e-6, 3e-6, -4e-6)), 아주 작은 가중치',
    'Scaling w changes nothing: the same line as w = (1, 3, -4).':
        'w의 크기를 바꿔도 아무것도 바뀌지 않습니다. w = (1, 3, -4)와 같은 직선입니다.',
    'line_through(w = (5e7, -3e7, 4e7)), huge weights': 'line_through(w = (5e7, -3e7, 4e7)), 아주 큰 가중치',
    'Integer weights give a float point: np.asarray(w, dtype=float).':
        '정수 가중치에서도 실수 점을 만드세요: np.asarray(w, dtype=float).',
    'Integer inputs give float distances: (-5 + 3·2 + 4·4) / 5 = 3.4.':
        '정수 입력에서도 거리는 실수입니다: (-5 + 3·2 + 4·4) / 5 = 3.4.',
    'Integer weights and threshold give a float vector: np.asarray(weights, dtype=float).':
        '정수 가중치와 임계값에서도 실수 벡터를 만드세요: np.asarray(weights, dtype=float).',
    'One input: a vector of two, (-T, w1).': '입력이 하나면 벡터는 둘: (-T, w1).',
    'same_boundary((1, 0, -0.5), (3, 0, -1.5)), a horizontal line':
        'same_boundary((1, 0, -0.5), (3, 0, -1.5)), 수평선',
    'w1 = 0 here: a ratio w_b / w_a or a division by w1 is 0 / 0. Normalise by a length instead.':
        '여기서는 w1 = 0입니다. 비율 w_b / w_a나 w1로 나누기는 0 / 0이 됩니다. 대신 길이로 정규화하세요.',
    'same_boundary((0, 3, -4), (0, 0.6, -0.8)), through the origin':
        'same_boundary((0, 3, -4), (0, 0.6, -0.8)), 원점을 지나는 직선',
    'w0 = 0 here: dividing by the bias is 0 / 0. Normalise by a length instead.':
        '여기서는 w0 = 0입니다. 편향으로 나누면 0 / 0이 됩니다. 대신 길이로 정규화하세요.',
    'same_boundary((2, -1, 3), (π/7)·(2, -1, 3)), an awkward factor':
        'same_boundary((2, -1, 3), (π/7)·(2, -1, 3)), 어색한 배수',
    'Rounding makes the normalised vectors differ in the last digits: compare with np.allclose, not ==.':
        '반올림 때문에 정규화한 벡터의 마지막 자릿수가 다릅니다. ==가 아니라 np.allclose로 비교하세요.',
    'same_boundary((-1.5, 1, 1), (-1.5, 1, 1.05)), near but different':
        'same_boundary((-1.5, 1, 1), (-1.5, 1, 1.05)), 가깝지만 다른 벡터',
    'These lines differ by 5 % in one weight: a loose test (a cosine above 0.99) calls them the same.':
        '이 두 직선은 가중치 하나가 5 % 다릅니다. 느슨한 검사(코사인이 0.99보다 크면 같다고 보기)는 이 둘을 '
        '같다고 합니다.',
    'same_boundary((2, -1, 3), (-4, 2, -6)), factor -2': 'same_boundary((2, -1, 3), (-4, 2, -6)), 배수 -2',
    'A negative factor keeps the line but swaps the sides.': '음수 배수는 직선은 그대로 두지만 두 쪽을 바꿉니다.',
    'with random weights and points': '무작위 가중치와 점으로',
    'with a single point': '점이 하나일 때',
    'with a horizontal line (w1 = 0)': '수평선(w1 = 0)으로',
    'with all weights equal and opposite signs': '모든 가중치가 같고 부호만 반대인 벡터로',
    'with a line through the origin (w0 = 0)': '원점을 지나는 직선(w0 = 0)으로',
    'with points on the line': '직선 위의 점으로',
    'with points far from the origin': '원점에서 먼 점으로',
    'with the same vector twice': '같은 벡터 두 개로',
    'with near-but-different vectors (1 % apart)': '가깝지만 다른 벡터(1 % 차이)로',
    'with parallel lines of different offsets': '오프셋이 다른 평행선으로',
    'with a vertical line (w2 = 0)': '수직선(w2 = 0)으로',
    'with zeros in different places': '0이 서로 다른 자리에 있는 벡터로',
    'with integer vectors': '정수 벡터로',
    'in 4-D, near but different': '4차원에서 가깝지만 다른 벡터로',
    'with a difference of rounding only': '반올림 차이만 있는 벡터로',
    'with random weights and threshold': '무작위 가중치와 임계값으로',
    'with integer weights and threshold': '정수 가중치와 임계값으로',
    'with a negative threshold': '음수 임계값으로',
    'with threshold 0': '임계값 0으로',
    'with one input': '입력이 하나일 때',
    'with a NumPy number as the threshold': '임계값이 NumPy 수일 때',
    'A point in the plane: an array of two floats (x1, x2).': '평면의 점: 실수 두 개로 된 배열 (x1, x2).',
    'A direction in the plane: an array of two floats.': '평면의 방향: 실수 두 개로 된 배열.',
    'line_through(integer w = (3, -4, 0)), the vertical line x1 = 0.75':
        'line_through(정수 w = (3, -4, 0)), 수직선 x1 = 0.75',
    'signed_distance with integer arrays': '정수 배열을 넣은 signed_distance',
    'd + 1 floats: the bias first, then the d input weights.': '실수 d + 1개: 편향이 먼저, 그다음 입력 가중치 d개.',
    'threshold_to_bias(integer weights (2, -1), T = 1)': 'threshold_to_bias(정수 가중치 (2, -1), T = 1)',
    'threshold_to_bias(weights = (0.5,), T = 0), d = 1':
        'threshold_to_bias(weights = (0.5,), T = 0), 입력 하나(d = 1)',
    'Return a plain bool, e.g. bool(np.allclose(a, b)).': '파이썬 bool을 반환하세요. 예: bool(np.allclose(a, b)).',
    'with a positive multiple by an awkward factor': '어색한 양수 배수로',
    'with a negative multiple': '음수 배수로',
    # ------------------------------------------------------------ lesson 03: XOR and the multilayer perceptron
    "h = {h} for the inputs (0,0), (0,1), (1,0), (1,1)": "입력 (0,0), (0,1), (1,0), (1,1)에 대해 h = {h}",
    "the network to give XOR{x} = {want:+d}": "신경망의 출력 XOR{x} = {want:+d}",
    "{got:+d} (the network computes {gate}: {y})": "{got:+d} (이 신경망이 계산하는 것: {gate}, {y})",
    "Three hidden units on two inputs: W_hidden is (3, 3), so a transposed product still runs but gives "
    "wrong values. ":
        "입력 두 개에 은닉 유닛 세 개: W_hidden이 (3, 3)이라 전치한 곱도 실행은 되지만 값이 틀립니다. ",
    "Three inputs: each row of W_hidden has d + 1 = 4 entries. ":
        "입력 세 개: W_hidden의 각 행에는 원소가 d + 1 = 4개 있습니다. ",
    "a fraction between 0 and 1 ({expected:g})": "0과 1 사이의 비율 ({expected:g})",
    "{a} and {b} both mapped to h = {h}": "입력 {a}, {b} 두 개가 모두 h = {h}에 놓임",
    "no named gate": "이름 있는 게이트가 아닌 것",
    "W_hidden holds one row per hidden unit, in bias-trick form (bias first); the result has one column per "
    "unit, shape (N, h).":
        "W_hidden은 은닉 유닛마다 한 행이고, 편향 트릭 형태입니다(편향이 먼저). 결과는 유닛마다 한 열로, "
        "모양(shape)이 (N, h)입니다.",
    "hidden outputs in which XOR is separable by one line": "XOR을 직선 하나로 나눌 수 있는 은닉 출력",
    "In the hidden space the +1 and -1 inputs form XOR again; one hidden unit should answer OR-like, the other "
    "NAND-like.":
        "은닉 공간에서 +1 입력과 -1 입력이 다시 XOR 모양이 되었습니다. 은닉 유닛 하나는 OR처럼, 다른 하나는 "
        "NAND처럼 답해야 합니다.",
    "a constant +1": "상수 +1",
    "a constant -1": "상수 -1",
    "Your network computes XNOR, the opposite of XOR: flip the signs of all three output weights.":
        "이 신경망은 XOR의 반대인 XNOR을 계산합니다. 출력 가중치 세 개의 부호를 모두 바꾸세요.",
    "Your network computes OR: the output unit also fires on (1, 1). It should fire only when both hidden "
    "units say +1 (an AND of the hidden units).":
        "이 신경망은 OR을 계산합니다. 출력 유닛이 (1, 1)에서도 활성화됩니다. 두 은닉 유닛이 모두 +1일 때만 "
        "활성화되어야 합니다(은닉 유닛들의 AND).",
    "A sum of exactly 0 gives +1, as τ does (s >= 0), not -1.":
        "가중합이 정확히 0이면 τ처럼(s >= 0) -1이 아니라 +1이 됩니다.",
    "W1 is (d, h), one column per hidden unit: the product with X uses it as it is, not transposed.":
        "W1은 (d, h)이고 은닉 유닛마다 한 열입니다. X와 곱할 때 전치하지 말고 그대로 쓰세요.",
    "A bias is missing: every layer adds its own b.": "편향이 빠졌습니다. 층마다 자기 b를 더합니다.",
    "A bias is missing: every layer adds its own b. ": "편향이 빠졌습니다. 층마다 자기 b를 더합니다. ",
    "No line gets all of XOR, but many get 3 of 4 right: 0.75.":
        "XOR을 모두 맞히는 직선은 없지만, 4개 가운데 3개를 맞히는 직선은 많습니다: 0.75.",
    "AND is separable. Try offsets too, not only lines through the origin.":
        "AND는 선형 분리 가능합니다. 원점을 지나는 직선만이 아니라 위치를 옮긴 직선도 시도하세요.",
    "OR is separable: one line gets all four.": "OR은 선형 분리 가능합니다. 직선 하나로 네 개를 모두 맞힙니다.",
    "The +1 side here is towards the lower left: let θ go round the whole circle [0, 2π), not only [0, π).":
        "여기서는 +1 쪽이 왼쪽 아래입니다. θ가 [0, π)만이 아니라 원 전체 [0, 2π)를 돌게 하세요.",
    "best_line_accuracy(30 separable points, n_angles = 72)":
        "best_line_accuracy(선형 분리 가능한 점 30개, n_angles = 72)",
    "These points are separable with a margin; the best line gets them all.":
        "이 점들은 여유를 두고 선형 분리 가능합니다. 가장 좋은 직선은 모두 맞힙니다.",
    "best_line_accuracy(30 other separable points, 72)": "best_line_accuracy(선형 분리 가능한 다른 점 30개, 72)",
    "best_line_accuracy(4 close points far from the origin, 36)":
        "best_line_accuracy(원점에서 멀리 떨어진 가까운 점 4개, 36)",
    "Take the offsets from the data (between consecutive projections), not from a fixed grid of numbers.":
        "오프셋은 고정된 수의 격자가 아니라 데이터에서(이웃한 사영값 사이에서) 고르세요.",
    "best_line_accuracy(4 corners around a centre, 36)": "best_line_accuracy(가운데 점을 둘러싼 꼭짓점 4개, 36)",
    "The centre is inside the square of the other class: 4 of 5 is the best.":
        "가운데 점이 다른 클래스의 정사각형 안에 있습니다. 5개 가운데 4개가 최선입니다.",
    "best_line_accuracy(4 points in a row, -+-+, 180)": "best_line_accuracy(한 줄로 놓인 점 4개, -+-+, 180)",
    "Points in a row split into a left and a right part: 3 of 4 at best.":
        "한 줄로 놓인 점은 왼쪽 부분과 오른쪽 부분으로 나뉩니다. 최선은 4개 가운데 3개입니다.",
    "best_line_accuracy(one point twice with both labels, 180)":
        "best_line_accuracy(같은 점 두 개에 두 레이블, 180)",
    "Equal projections cannot be separated: cut only between distinct values.":
        "사영값이 같으면 나눌 수 없습니다. 서로 다른 값 사이에서만 자르세요.",
    "best_line_accuracy(30 points, all +1, 90)": "best_line_accuracy(점 30개, 모두 +1, 90)",
    "A line may leave every point on one side: try a cut below all the projections too.":
        "직선이 모든 점을 한쪽에 둘 수도 있습니다. 모든 사영값보다 아래에서 자르는 경우도 시도하세요.",
    "best_line_accuracy(30 points, all -1, 90)": "best_line_accuracy(점 30개, 모두 -1, 90)",
    "A line may leave every point on one side: try a cut above all the projections too.":
        "직선이 모든 점을 한쪽에 둘 수도 있습니다. 모든 사영값보다 위에서 자르는 경우도 시도하세요.",
    "Accept lists too: np.asarray(X, dtype=float).": "리스트도 받으세요: np.asarray(X, dtype=float).",
    "Two rows, one per hidden unit, each (w0, w1, w2) with the bias first.":
        "은닉 유닛마다 한 행씩 두 행이고, 각 행은 편향이 먼저인 (w0, w1, w2)입니다.",
    "XOR_HIDDEN to be set as well": "XOR_HIDDEN도 정해져 있는 것",
    "The output unit is judged together with your hidden layer.": "출력 유닛은 작성한 은닉층과 함께 판정합니다.",
    "Three numbers: the bias v0 first, then v1 and v2 for h1 and h2.":
        "수 세 개입니다: 편향 v0이 먼저, 그다음 h1과 h2에 곱할 v1과 v2.",
    "Hidden unit 1 is OR, unit 2 is NAND; outputs are ±1 (+1 at s >= 0).":
        "은닉 유닛 1은 OR, 유닛 2는 NAND입니다. 출력은 ±1입니다(s >= 0이면 +1).",
    "A sum of exactly 0 gives +1, as in τ. Accept lists too (np.asarray).":
        "가중합이 정확히 0이면 τ처럼 +1입니다. 리스트도 받으세요(np.asarray).",
    "Zero hidden weights give σ(0) = 0.5 in every hidden unit; then 2·0.5 + 2·0.5 − 2 = 0 and σ(0) = 0.5. "
    "Return shape (N, 1).":
        "은닉 가중치가 0이면 모든 은닉 유닛이 σ(0) = 0.5입니다. 그러면 2·0.5 + 2·0.5 − 2 = 0이고 σ(0) = 0.5입니다. "
        "모양(shape) (N, 1)로 반환하세요.",
    "Check each layer on one input by hand: every parameter used once, the sigmoid after both layers.":
        "입력 하나로 각 층을 손으로 확인하세요. 모든 파라미터를 한 번씩 쓰고, 두 층 모두 뒤에 시그모이드를 적용합니다.",
    "Shapes: X (6, 3) @ W1 (3, 4) + b1 (4,) -> hidden (6, 4) @ W2 (4, 1) + b2 -> (6, 1).":
        "모양(shape): X (6, 3) @ W1 (3, 4) + b1 (4,) -> 은닉 (6, 4) @ W2 (4, 1) + b2 -> (6, 1).",
    "One sample in, shape (1, 1) out.": "샘플 하나를 넣으면 모양(shape) (1, 1)이 나와야 합니다.",
    "Accept a list for X too: np.asarray(X, dtype=float).": "X로 리스트도 받으세요: np.asarray(X, dtype=float).",
    "the accuracy": "정확도",
    "Return one number, the best accuracy, as a fraction.": "가장 좋은 정확도 하나를 비율로 반환하세요.",
    "Return the fraction of points classified correctly, not a count or a percentage.":
        "바르게 분류된 점의 개수나 백분율이 아니라 비율을 반환하세요.",
    "the best accuracy": "가장 좋은 정확도",
    "best_line_accuracy with lists": "리스트를 넣은 best_line_accuracy",
    "Remember the hidden outputs are ±1, not 0/1: check v0 + v1·h1 + v2·h2 at each hidden point.":
        "은닉 출력은 0/1이 아니라 ±1입니다. 은닉 공간의 각 점에서 v0 + v1·h1 + v2·h2를 확인하세요.",
    "the network XOR_HIDDEN then XOR_OUTPUT": "XOR_HIDDEN 다음에 XOR_OUTPUT인 신경망",
    "the hidden outputs": "은닉 출력",
    "hidden_features(OR and NAND rows, the four gate inputs)":
        "hidden_features(OR 행과 NAND 행, 논리 게이트 입력 네 개)",
    "hidden_features(W of shape (2, 3), X of shape (5, 2))":
        "hidden_features(모양(shape)이 (2, 3)인 W, 모양(shape)이 (5, 2)인 X)",
    "hidden_features(3 hidden units: W of shape (3, 3), X of shape (5, 2))":
        "hidden_features(은닉 유닛 3개: 모양(shape)이 (3, 3)인 W, 모양(shape)이 (5, 2)인 X)",
    "hidden_features(W of shape (2, 4), X of shape (3, 3))":
        "hidden_features(모양(shape)이 (2, 4)인 W, 모양(shape)이 (3, 3)인 X)",
    "hidden_features with lists, a sum exactly 0": "리스트를 넣은 hidden_features, 가중합이 정확히 0",
    "the outputs": "출력",
    "mlp_forward(W1 = 0, W2 = (2, 2), b2 = -2, the gate inputs)":
        "mlp_forward(W1 = 0, W2 = (2, 2), b2 = -2, 논리 게이트 입력)",
    "mlp_forward(2-2-1 network, the gate inputs)": "mlp_forward(2-2-1 신경망, 논리 게이트 입력)",
    "mlp_forward(3-4-1 network, X of shape (6, 3))": "mlp_forward(3-4-1 신경망, 모양(shape)이 (6, 3)인 X)",
    "mlp_forward(2-5-1 network, one sample)": "mlp_forward(2-5-1 신경망, 샘플 하나)",
    "mlp_forward(2-5-1 network, X as a list)": "mlp_forward(2-5-1 신경망, 리스트로 준 X)",
    "the hidden layer to keep inputs with different XOR values apart": "XOR 값이 다른 입력을 서로 떨어뜨려 두는 은닉층",
    "The output unit only sees h, so it can't tell these inputs apart. Try h1 = OR(x1, x2) and h2 = NAND(x1, "
    "x2).":
        "출력 유닛은 h만 보기 때문에 이 입력들을 구별할 수 없습니다. h1 = OR(x1, x2), h2 = NAND(x1, x2)를 "
        "시도해 보세요.",
    'Four angles are θ = 0, π/2, π, 3π/2 (radians, 2πk / n_angles): every line is vertical or horizontal, and '
    'each splits XOR 2 : 2. cos(π/2) is 6e-17, not 0: round the projections (np.round(p, 9)) so that rounding '
    'does not separate points that tie.':
        '각도 네 개는 θ = 0, π/2, π, 3π/2입니다(라디안, 2πk / n_angles). 모든 직선이 수직 또는 수평이므로 XOR을 '
        '2 : 2로 나눕니다. cos(π/2)는 0이 아니라 6e-17입니다. 반올림 오차가 같은 사영값의 점들을 나누지 않도록 '
        '사영값을 반올림하세요(np.round(p, 9)).',
    'Four angles are θ = 0, π/2, π, 3π/2 (radians): (0, 0) and (0, 1) tie along θ = 0, and cos(π/2) = 6e-17 '
    'must not separate (0, 0) from (1, 0): round the projections (np.round(p, 9)).':
        '각도 네 개는 θ = 0, π/2, π, 3π/2입니다(라디안). θ = 0에서는 (0, 0)과 (0, 1)의 사영값이 같고, cos(π/2) '
        '= 6e-17이 (0, 0)과 (1, 0)을 나누면 안 됩니다. 사영값을 반올림하세요(np.round(p, 9)).',
    'Eight angles are multiples of π/4 (radians, 2πk / n_angles), and θ = π/4 separates AND.':
        '각도 여덟 개는 π/4의 배수입니다(라디안, 2πk / n_angles). θ = π/4에서 AND를 나눌 수 있습니다.',
    'Eight angles are multiples of π/4 (radians, 2πk / n_angles): 3 of 4 at best on XOR.':
        '각도 여덟 개는 π/4의 배수입니다(라디안, 2πk / n_angles). XOR에서는 많아야 4개 가운데 3개입니다.',
    'One angle is θ = 0 only: projections are x1, and (0, 0), (0, 1) tie.':
        '각도가 하나면 θ = 0뿐입니다. 사영값은 x1이고, (0, 0)과 (0, 1)의 사영값이 같습니다.',
    'best_line_accuracy(AND scaled by 1e4 and shifted, 36)': 'best_line_accuracy(1e4배로 늘리고 옮긴 AND, 36)',
    'Take the offsets from the data (between consecutive projections), not from a fixed range.':
        '오프셋은 정해 둔 범위가 아니라 데이터에서(이웃한 사영값 사이에서) 고르세요.',
    'best_line_accuracy(OR scaled by 1e-3, 36)': 'best_line_accuracy(1e-3배로 줄인 OR, 36)',
    'Take the offsets from the data (between consecutive projections), not from a fixed grid.':
        '오프셋은 정해 둔 격자가 아니라 데이터에서(이웃한 사영값 사이에서) 고르세요.',
    'best_line_accuracy(a single point, 3)': 'best_line_accuracy(점 하나, 3)',
    'One point: a cut on either side of it gets it right.':
        '점이 하나면 그 점의 어느 쪽에 자르기를 두어도 맞힐 수 있습니다.',
    'with points on an integer grid (ties)': '정수 격자 위의 점(같은 사영값)으로',
    'with repeated points': '같은 점이 되풀이될 때',
    'with data scaled by 1e4 and shifted': '1e4배로 늘리고 옮긴 데이터로',
    'with data scaled by 1e-4': '1e-4배로 줄인 데이터로',
    'with one class only': '클래스가 하나뿐일 때',
    'with integer points': '정수 점으로',
    'with random weights and inputs': '무작위 가중치와 입력으로',
    'with one hidden unit': '은닉 유닛이 하나일 때',
    'with more hidden units than samples': '은닉 유닛이 샘플보다 많을 때',
    'with random parameters': '무작위 파라미터로',
    'with a non-square first layer': '첫 층이 정사각이 아닐 때',
    'with X as a list': 'X가 리스트일 때',
    'with random points and few angles': '무작위 점과 적은 각도로',
    'with random points': '무작위 점으로',
    # ------------------------------------------------------------ lesson 04: activation functions
    "a positive gradient no larger than 4^-{depth} = {bound:.3g}": "4^-{depth} = {bound:.3g}보다 크지 않은 양수 기울기",
    "Compared with a centred difference of the stacked activation. ":
        "층을 쌓은 활성화 함수의 중앙 차분과 비교했습니다. ",
    "Never exponentiate a large positive number: write σ in two equivalent forms, one for x >= 0 and one for "
    "x < 0, each exponentiating only numbers <= 0, and let np.where pick between them.":
        "큰 양수에는 절대 지수 함수를 적용하지 마세요. σ를 동등한 두 형태로 쓰세요. 하나는 x >= 0일 때, 하나는 "
        "x < 0일 때 쓰고, 둘 다 0 이하인 수에만 지수 함수를 적용합니다. 둘 중 하나는 np.where로 고르세요.",
    "Close, but only as close as a measured slope gets (about 1e-10): a centred difference is an estimate. "
    "Write the derivative's exact form.":
        "가깝지만, 측정한 기울기만큼만 가깝습니다(약 1e-10). 중앙 차분은 추정값입니다. 도함수의 정확한 식을 "
        "쓰세요.",
    "Walk up the chain: at each layer multiply the running gradient by the local slope f'(a) at that layer's "
    "input a, then move on with a = f(a).":
        "사슬을 따라 올라가세요. 층마다 지금까지의 기울기에 그 층의 입력 a에서의 국소 기울기 f'(a)를 곱하고, "
        "a = f(a)로 다음 층으로 넘어갑니다.",
    "σ(x) = 1 / (1 + e^(-x)); mind the minus sign in the exponent.":
        "σ(x) = 1 / (1 + e^(-x))입니다. 지수의 마이너스 부호에 주의하세요.",
    "Work elementwise on arrays of any shape: the output has the input's shape.":
        "어떤 모양(shape)의 배열이든 원소마다 계산하세요. 출력의 모양(shape)은 입력과 같습니다.",
    "Accept a list (of ints, too): x = np.asarray(x, dtype=float).":
        "리스트도(정수 리스트도) 받으세요: x = np.asarray(x, dtype=float).",
    "The sigmoid is steepest at 0: measure its slope there with a centred difference and compare. A form "
    "written for the value σ(x) gives nonsense when applied to x itself.":
        "시그모이드는 0에서 가장 가파릅니다. 그곳의 기울기를 중앙 차분으로 재어 비교하세요. 값 σ(x)에 쓰도록 "
        "만든 식을 x 자체에 적용하면 엉뚱한 값이 나옵니다.",
    "Compare with measured slopes of your sigmoid. Express the derivative through the value σ(x), not through "
    "x, and not through σ' itself.":
        "작성한 시그모이드의 기울기를 재어 비교하세요. 도함수는 x나 σ' 자체가 아니라 값 σ(x)로 나타내세요.",
    "Your values disagree with the slope measured by centred differences of σ.":
        "계산한 값이 σ의 중앙 차분으로 잰 기울기와 다릅니다.",
    "Work elementwise on arrays of any shape.": "어떤 모양(shape)의 배열이든 원소마다 계산하세요.",
    "Build on your stable sigmoid, so that nothing overflows: no NaN far from 0.":
        "오버플로가 나지 않도록 작성한 안정적인 시그모이드를 바탕으로 만드세요. 0에서 멀리 떨어져도 NaN이 "
        "나오면 안 됩니다.",
    "Accept a list too.": "리스트도 받으세요.",
    "The tanh is steepest at 0, where its slope is 1.": "tanh는 0에서 가장 가파르고, 그곳의 기울기는 1입니다.",
    "Compare with measured slopes of np.tanh. Express the derivative through the value tanh(x), not through x "
    "itself.":
        "np.tanh의 기울기를 재어 비교하세요. 도함수는 x 자체가 아니라 값 tanh(x)로 나타내세요.",
    "Your values disagree with the slope measured by centred differences of tanh.":
        "계산한 값이 tanh의 중앙 차분으로 잰 기울기와 다릅니다.",
    "Work elementwise on arrays.": "배열에서는 원소마다 계산하세요.",
    "np.tanh is stable; build the slope from its value so that it is 0 far from the origin, not NaN.":
        "np.tanh는 안정적입니다. 기울기를 그 값으로 만들어서 원점에서 멀리 떨어지면 NaN이 아니라 0이 되게 하세요.",
    "max(0, x): negatives become 0, the rest pass unchanged (np.maximum(0, x)).":
        "max(0, x): 음수는 0이 되고 나머지는 그대로 통과합니다(np.maximum(0, x)).",
    "A single number in, a single number out.": "수 하나를 넣으면 수 하나가 나와야 합니다.",
    "The course takes relu'(0) = 0: test x > 0, not x >= 0.":
        "이 강좌에서는 relu'(0) = 0으로 봅니다. 조건은 x >= 0이 아니라 x > 0입니다.",
    "The slope, not the value: read it off the two straight pieces of the graph.":
        "값이 아니라 기울기입니다. 그래프의 두 직선 조각에서 읽어 내세요.",
    "Away from 0 the slope of ReLU is 0 (left) or 1 (right).":
        "0이 아닌 곳에서 ReLU의 기울기는 0(왼쪽)이나 1(오른쪽)입니다.",
    "With alpha = 0 the formula is plain ReLU.": "alpha = 0이면 이 식은 보통의 ReLU입니다.",
    "Leaky ReLU: negative inputs are scaled by alpha, positive ones pass unchanged.":
        "리키 ReLU: 음수 입력에는 alpha를 곱하고, 양수 입력은 그대로 통과합니다.",
    "With alpha = -1 you get |x|: max(0, x) + (-1)·min(0, x).":
        "alpha = -1이면 |x|가 됩니다: max(0, x) + (-1)·min(0, x).",
    "Follow the formula max(0, x) + alpha·min(0, x) for every alpha; np.maximum(x, alpha*x) agrees with it "
    "only when alpha <= 1.":
        "어떤 alpha든 식 max(0, x) + alpha·min(0, x)를 따르세요. np.maximum(x, alpha*x)는 alpha <= 1일 때만 "
        "이 식과 같습니다.",
    "At x = 0 the course takes the left-hand slope (so ReLU keeps slope 0 there).":
        "x = 0에서는 이 강좌에서 왼쪽 기울기를 씁니다(그래서 ReLU는 그곳에서 기울기 0을 유지합니다).",
    "With alpha = 0 this is relu_grad: 0 at 0.": "alpha = 0이면 이것은 relu_grad입니다: 0에서 0.",
    "Read the slope off each straight piece of the graph, and use the left one at 0.":
        "그래프의 각 직선 조각에서 기울기를 읽고, 0에서는 왼쪽 기울기를 쓰세요.",
    "The slope of |x| is -1 on the left and +1 on the right.": "|x|의 기울기는 왼쪽에서 -1, 오른쪽에서 +1입니다.",
    "Your values disagree with slopes measured by centred differences away from 0.":
        "계산한 값이 0이 아닌 곳에서 중앙 차분으로 잰 기울기와 다릅니다.",
    "Accept a list, and any alpha (here 2).": "리스트도 받고, 어떤 alpha든 받으세요(여기서는 2).",
    "One sigmoid: the gradient is σ'(0) = 0.25.": "시그모이드 하나: 기울기는 σ'(0) = 0.25입니다.",
    "Two sigmoids: σ'(0)·σ'(σ(0)) = 0.25·σ'(0.5). Evaluate the second slope at the second layer's input σ(0) = "
    "0.5, not at x0 again.":
        "시그모이드 두 개: σ'(0)·σ'(σ(0)) = 0.25·σ'(0.5). 두 번째 기울기는 x0에서 다시 구하지 말고, 두 번째 "
        "층의 입력 σ(0) = 0.5에서 구하세요.",
    "From a positive start every ReLU has slope 1.": "양수에서 시작하면 모든 ReLU의 기울기가 1입니다.",
    "From a negative start the first ReLU has slope 0: nothing gets through.":
        "음수에서 시작하면 첫 ReLU의 기울기가 0입니다. 아무것도 통과하지 못합니다.",
    "relu'(0) is taken as 0.": "relu'(0)은 0으로 봅니다.",
    "Work elementwise when x0 is an array: use your array functions, no math.exp.":
        "x0이 배열이면 원소마다 계산하세요. math.exp가 아니라 작성한 배열 함수를 쓰세요.",
    "A single number in gives a single number out (a NumPy scalar or a 0-d array is fine).":
        "수 하나를 넣으면 수 하나가 나와야 합니다(NumPy 스칼라나 0차원 배열도 괜찮습니다).",
    "sigmoid(x) for x from -1e4 to 1e4, with NumPy overflow warnings treated as errors":
        "x가 -1e4부터 1e4까지일 때 sigmoid(x), NumPy 오버플로 경고를 오류로 처리",
    "sigmoid(-1e4) with NumPy overflow warnings treated as errors": "sigmoid(-1e4), NumPy 오버플로 경고를 오류로 처리",
    "sigmoid_grad([-2.5, 0.3, 4]) against centred differences": "중앙 차분과 비교한 sigmoid_grad([-2.5, 0.3, 4])",
    "sigmoid_grad to full precision, not a measured slope": "잰 기울기가 아닌 완전한 정밀도의 sigmoid_grad",
    "tanh_grad([-1.3, 0.2, 2.7]) against centred differences": "중앙 차분과 비교한 tanh_grad([-1.3, 0.2, 2.7])",
    "tanh_grad to full precision, not a measured slope": "잰 기울기가 아닌 완전한 정밀도의 tanh_grad",
    "relu_grad([-1.5, 0.7, 2]) against centred differences": "중앙 차분과 비교한 relu_grad([-1.5, 0.7, 2])",
    "generalized_relu_grad([-1.2, 0.4, 2.5], 0.3) against centred differences":
        "중앙 차분과 비교한 generalized_relu_grad([-1.2, 0.4, 2.5], 0.3)",
    "chain_gradient(0.3, 6, 'tanh') against a centred difference": "중앙 차분과 비교한 chain_gradient(0.3, 6, 'tanh')",
    "chain_gradient(-0.7, 3, 'sigmoid') against a centred difference":
        "중앙 차분과 비교한 chain_gradient(-0.7, 3, 'sigmoid')",
    "chain_gradient(0.0, 20, 'sigmoid') against the bound 4^-20":
        "상한 4^-20과 비교한 chain_gradient(0.0, 20, 'sigmoid')",
    # lesson 04, issue 21: the stated rules (a number for a number, floats, no warning hidden, depth 0)
    "without overflow": "오버플로 없이",
    "Integers in, floats out: x = np.asarray(x, dtype=float) first.":
        "정수를 받아도 float 값을 반환합니다: 먼저 x = np.asarray(x, dtype=float).",
    "An empty array gives an empty float array.": "빈 배열을 받으면 빈 float 배열을 반환합니다.",
    "An integer in, a float out: 1 - tanh(3)².": "정수를 받아도 float 값을 반환합니다: 1 - tanh(3)².",
    "Accept a list too, and return floats for ints: np.maximum(0.0, np.asarray(x, dtype=float)).":
        "리스트도 받고, 정수에도 float 값을 반환하세요: np.maximum(0.0, np.asarray(x, dtype=float)).",
    "Return a new array even when nothing changes (all inputs positive).":
        "바뀌는 것이 없어도(입력이 모두 양수여도) 새 배열을 반환하세요.",
    "A number in, a number out (a float, also for the integer 0).":
        "수를 받으면 수를 반환합니다(정수 0을 받아도 float).",
    "Integers in (and alpha = 0 as an int), floats out.": "정수를 받아도(alpha = 0이 정수여도) float 값을 반환합니다.",
    "Depth 0 applies nothing: out = x0, so d(out)/d(x0) = 1 (and a number for a number).":
        "깊이 0에서는 아무것도 적용하지 않습니다: out = x0이므로 d(out)/d(x0) = 1입니다(수를 받으면 수를 반환합니다).",
    "Depth 0 applies nothing: the gradient is 1 everywhere, shaped like x0.":
        "깊이 0에서는 아무것도 적용하지 않습니다: 기울기는 어디서나 1이고 모양은 x0과 같습니다.",
    "An integer x0 works too: a = np.asarray(x0, dtype=float).": "정수 x0도 됩니다: a = np.asarray(x0, dtype=float).",
    "sigmoid(x) for x from -1e4 to 1e4, without a warning": "x가 -1e4부터 1e4까지인 sigmoid(x), 경고 없이",
    "sigmoid(-1e4), without a warning": "sigmoid(-1e4), 경고 없이",
    "sigmoid(1e4), without a warning": "sigmoid(1e4), 경고 없이",
    "sigmoid of an integer array [[3, -2], [0, 710]]": "정수 배열 [[3, -2], [0, 710]]의 sigmoid",
    "sigmoid of an empty array": "빈 배열의 sigmoid",
    "sigmoid_grad([-1e4, -800, 0, 800, 1e4]), without a warning": "sigmoid_grad([-1e4, -800, 0, 800, 1e4]), 경고 없이",
    "tanh_grad([-1e4, 1e4]), without a warning": "tanh_grad([-1e4, 1e4]), 경고 없이",
    "tanh_grad(3) (an integer)": "tanh_grad(3) (정수)",
    "relu(0) (an integer)": "relu(0) (정수)",
    "generalized_relu_grad([-3, 0, 2], 0) with integers": "정수를 넣은 generalized_relu_grad([-3, 0, 2], 0)",
    "chain_gradient(0.7, 0, 'tanh') (depth 0)": "chain_gradient(0.7, 0, 'tanh') (깊이 0)",
    "chain_gradient([-2, 0, 3], 0, 'sigmoid') (depth 0)": "chain_gradient([-2, 0, 3], 0, 'sigmoid') (깊이 0)",
    "chain_gradient(1, 3, 'tanh') (an integer)": "chain_gradient(1, 3, 'tanh') (정수)",
    "Follow the formula for every alpha, negative ones too: with alpha = -0.5 a negative x gives -0.5·x, not "
    "|x|.":
        "음수를 포함한 모든 alpha에 공식을 그대로 따르세요: alpha = -0.5이면 음수 x는 |x|가 아니라 -0.5·x가 됩니다.",
    "A number in, a number out (not a 0-d array).": "수를 받으면 수를 반환합니다(0차원 배열이 아니라).",
    "generalized_relu(-2.0, 0.1): a number": "generalized_relu(-2.0, 0.1): 수 하나",
    # ------------------------------------------------------------ lesson 05: backpropagation
    "grads with the keys {keys}": "키가 {keys}인 grads",
    "keys {keys}": "키 {keys}",
    "{name}.backward(dout) to return dx itself (the gate has one input)":
        "{name}.backward(dout)의 반환값이 dx 자체인 것 (이 게이트는 입력이 하나입니다)",
    "{cls}: forward{inputs}, then backward(2.0)": "{cls}: forward{inputs} 다음에 backward(2.0)",
    "{cls}: forward on arrays of shape (2, 3), then backward(dout) against centred differences":
        "{cls}: 모양(shape)이 (2, 3)인 배열로 forward 다음에 backward(dout), 중앙 차분과 비교",
    "{cls}: forward twice, then backward (it must use the second forward's inputs)":
        "{cls}: forward 두 번 다음에 backward (두 번째 forward의 입력을 써야 합니다)",
    " Expect f ≈ 0.73, dw ≈ (-0.20, -0.39, 0.20), dx ≈ (0.39, -0.59).":
        " 결과는 f ≈ 0.73, dw ≈ (-0.20, -0.39, 0.20), dx ≈ (0.39, -0.59)이어야 합니다.",
    " Here K = 6 entries, not N = 3 rows.": " 여기서는 행 N = 3개가 아니라 원소 K = 6개입니다.",
    "grads['{key}'] within relative error 1e-6 of centred differences of your own loss ({numeric})":
        "작성한 손실의 중앙 차분({numeric})과 상대 오차 1e-6 안에서 같은 grads['{key}']",
    "relative error {error:.2g} ({grads})": "상대 오차 {error:.2g} ({grads})",
    "grads['{key}'] has the shape of params['{key}'], {shape}: sum over the batch.":
        "grads['{key}']의 모양(shape)은 params['{key}']와 같은 {shape}입니다. 배치에 대해 합하세요.",
    "grads['{key}'] has the shape of params['{key}'], {shape}.":
        "grads['{key}']의 모양(shape)은 params['{key}']와 같은 {shape}입니다.",
    "On a tie (x == y) the course sends the whole gradient to the first input x (x wins when x >= y); the other "
    "input gets 0.":
        "값이 같을 때(x == y) 이 강좌에서는 기울기 전체를 첫 입력 x로 보냅니다(x >= y이면 x가 이깁니다). 다른 "
        "입력은 0을 받습니다.",
    "Backward from df/df = 1: the sigmoid gate gives σ'(s) = f(1 - f); the add gates pass it to every input (so "
    "dw2 = σ'(s)); the multiply gates swap (dw0 = x0·σ'(s), dx0 = w0·σ'(s)).":
        "df/df = 1에서 거꾸로 계산하세요. 시그모이드 게이트는 σ'(s) = f(1 - f)를 주고, 덧셈 게이트는 그 값을 모든 "
        "입력에 그대로 넘기며(그래서 dw2 = σ'(s)), 곱셈 게이트는 맞바꿉니다(dw0 = x0·σ'(s), dx0 = w0·σ'(s)).",
    "Differentiate one term of the mean: the square brings a factor, and the mean over all K entries divides "
    "by K.":
        "평균의 한 항을 미분하세요. 제곱에서 인수가 하나 나오고, 원소 K개의 평균이라 K로 나눕니다.",
    "Forward: affine -> sigmoid -> affine -> sigmoid -> MSE, keeping each cache; backward in reverse order. "
    "Typical slips: a missing σ' factor in one of the two sigmoid layers, a loss gradient without the 1/N of "
    "the mean, a bias gradient that is not summed over the batch.":
        "순전파: affine -> sigmoid -> affine -> sigmoid -> MSE, 각 캐시를 남겨 둡니다. 역전파는 그 반대 순서입니다. "
        "흔한 실수: 두 시그모이드 층 가운데 하나에서 σ' 인수를 빠뜨림, 손실의 기울기에 평균의 1/N이 없음, "
        "편향의 기울기를 배치에 대해 합하지 않음.",
    "Add distributes: both inputs receive the upstream gradient dout unchanged.":
        "덧셈은 나눠 줍니다: 두 입력 모두 업스트림 기울기 dout을 그대로 받습니다.",
    "Multiply swaps: dx = dout * y and dy = dout * x (store x and y in forward).":
        "곱셈은 맞바꿉니다: dx = dout * y, dy = dout * x (forward에서 x와 y를 저장하세요).",
    "z = max(x, y) elementwise (np.maximum).": "원소마다 z = max(x, y) (np.maximum).",
    "Max routes: the larger input gets dout, the other gets 0.":
        "max는 골라 보냅니다: 더 큰 입력이 dout을 받고, 다른 입력은 0을 받습니다.",
    "What is the derivative of e^x? Multiply it by dout; keep what you need from forward.":
        "e^x의 도함수는 무엇일까요? 그 도함수에 dout을 곱하세요. forward에서 필요한 것을 저장해 두세요.",
    "Differentiate 1/x (mind its sign), then multiply by dout.": "1/x를 미분하고(부호에 주의하세요) dout을 곱하세요.",
    "σ' is written with σ itself (notebook 04): use the output stored in forward, not the raw input x.":
        "σ'은 σ 자체로 쓸 수 있습니다(노트북 04). 입력 x가 아니라 forward에서 저장한 출력을 쓰세요.",
    "grads as a dict keyed like params": "params와 같은 키를 가진 dict인 grads",
    "One gradient per parameter, under the same key.": "파라미터마다 같은 키로 기울기를 하나씩 넣으세요.",
    "a triple (f, dw, dx)": "세 값의 튜플 (f, dw, dx)",
    "Accept lists too.": "리스트도 받으세요.",
    "a triple (dx, dW, db)": "세 값의 튜플 (dx, dW, db)",
    "Check the shapes first: dx like x (N, D), dW like W (D, M), db like b (M,).":
        "먼저 모양(shape)을 확인하세요: dx는 x처럼 (N, D), dW는 W처럼 (D, M), db는 b처럼 (M,).",
    "the result (loss, grads)": "결과 (loss, grads)",
    "The loss is the mean squared error of the network's output σ(σ(X W1 + b1) W2 + b2).":
        "손실은 신경망 출력 σ(σ(X W1 + b1) W2 + b2)의 평균 제곱 오차입니다.",
    "two_layer_loss_and_grads with N = 5, D = 3, H = 4: every gradient against centred differences of your own "
    "loss":
        "N = 5, D = 3, H = 4인 two_layer_loss_and_grads: 모든 기울기를 작성한 손실의 중앙 차분과 비교",
    "two_layer_loss_and_grads on XOR (2-2-1): every gradient against centred differences of your own loss":
        "XOR(2-2-1)에서 two_layer_loss_and_grads: 모든 기울기를 작성한 손실의 중앙 차분과 비교",
    "Return the array dx, not a tuple or list holding it.": "dx를 담은 튜플이나 리스트가 아니라 배열 dx를 반환하세요.",
    "Accept lists: + on two Python lists joins them; make arrays first.":
        "리스트도 받으세요. 파이썬 리스트 두 개에 +를 쓰면 이어 붙이므로, 먼저 배열로 만드세요.",
    "Accept lists: np.asarray(x, dtype=float).": "리스트도 받으세요: np.asarray(x, dtype=float).",
    "Nudge one entry at a time by +h and -h: (f(x+h) - f(x-h)) / (2h).":
        "원소를 하나씩 +h와 -h만큼 살짝 움직이세요: (f(x+h) - f(x-h)) / (2h).",
    "numerical_gradient(sum of squares, [1, -2, 0.5]) (exact: 2x)":
        "numerical_gradient(제곱의 합, [1, -2, 0.5]) (정확한 값: 2x)",
    "x may be 2-D: loop over np.ndindex(x.shape) and return an array of x's shape.":
        "x는 2차원일 수도 있습니다. np.ndindex(x.shape)로 반복하고 x와 같은 모양(shape)의 배열을 반환하세요.",
    "numerical_gradient(sum(sin(x)·(1..6)), x of shape (2, 3))":
        "numerical_gradient(sum(sin(x)·(1..6)), 모양(shape)이 (2, 3)인 x)",
    "Use the step h you are given, and the centred difference: for x³ it gives (1.1³ - 0.9³) / 0.2 = 3.01; "
    "the one-sided (f(x+h) - f(x)) / h gives 3.31.":
        "주어진 간격 h와 중앙 차분을 쓰세요. x³이면 (1.1³ - 0.9³) / 0.2 = 3.01이 나옵니다. 한쪽 차분 "
        "(f(x+h) - f(x)) / h는 3.31이 나옵니다.",
    "numerical_gradient(cubic, [1.0], h=0.1) (exact centred value: 3.01)":
        "numerical_gradient(cubic, [1.0], h=0.1) (중앙 차분의 정확한 값: 3.01)",
    "Restore each entry exactly (save the old value, then put it back).":
        "각 원소를 정확히 되돌리세요(원래 값을 저장했다가 다시 넣으세요).",
    "numerical_gradient(sum of squares, [0.1, 0.7, 1.3, -2.9]) leaves x as it was":
        "numerical_gradient(제곱의 합, [0.1, 0.7, 1.3, -2.9])가 x를 원래대로 두는지",
    "An integer array cannot hold x + h: work on a float copy, np.array(x, dtype=float).":
        "정수 배열에는 x + h를 담을 수 없습니다. 실수 복사본 np.array(x, dtype=float)로 계산하세요.",
    "numerical_gradient(sum of squares, integer array [1, 2, 3])":
        "numerical_gradient(제곱의 합, 정수 배열 [1, 2, 3])",
    "numerical_gradient(cubic, [0.5, -1.0]) (a list)": "numerical_gradient(cubic, [0.5, -1.0]) (리스트)",
    "rel_error returns one number: the max over all entries.":
        "rel_error는 수 하나를 반환합니다: 모든 원소에 대한 최댓값.",
    "Equal arrays give 0.": "같은 배열이면 0입니다.",
    "|a - b| / (|a| + |b|) per entry: 0.1 / 2.1 for the first, then the max.":
        "원소마다 |a - b| / (|a| + |b|): 첫 원소는 0.1 / 2.1이고, 그다음 최댓값을 구합니다.",
    "Both zero: the floor max(1e-8, |a| + |b|) keeps 0/0 out, giving 0, not NaN.":
        "둘 다 0: 하한 max(1e-8, |a| + |b|) 덕분에 0/0이 생기지 않아 NaN이 아니라 0이 나옵니다.",
    "The denominator is max(1e-8, |a| + |b|) = 1e-8 here, so the answer is 1e-9 / 1e-8.":
        "여기서 분모는 max(1e-8, |a| + |b|) = 1e-8이므로 답은 1e-9 / 1e-8입니다.",
    "Use |a| + |b| in the denominator, not |a + b| (which is 0 here).":
        "분모에는 |a + b|가 아니라 |a| + |b|를 쓰세요(|a + b|는 여기서 0입니다).",
    "Take the max over all entries of a 2-D array (here 1 / 2 = 0.5), not the mean.":
        "2차원 배열의 모든 원소에 대해 평균이 아니라 최댓값을 구하세요(여기서는 1 / 2 = 0.5).",
    "Numbers work too: |3 - 1| / (3 + 1).": "수를 넣어도 됩니다: |3 - 1| / (3 + 1).",
    "Accept lists too: np.asarray(a).": "리스트도 받으세요: np.asarray(a).",
    "f = σ(w0·x0 + w1·x1 + w2); w[2] is the bias.": "f = σ(w0·x0 + w1·x1 + w2)이고, w[2]가 편향입니다.",
    "One gradient per weight, the bias last: (dw0, dw1, dw2).":
        "가중치마다 기울기 하나, 편향이 마지막: (dw0, dw1, dw2).",
    "One gradient per input: (dx0, dx1).": "입력마다 기울기 하나: (dx0, dx1).",
    "neuron_forward_backward(w = (2, -3, -3), x = (-1, -2)), the classic example":
        "neuron_forward_backward(w = (2, -3, -3), x = (-1, -2)), 잘 알려진 예제",
    "neuron_forward_backward with lists, far in the sigmoid's tail":
        "리스트를 넣은 neuron_forward_backward, 시그모이드의 꼬리 먼 곳",
    "the result (out, cache)": "결과 (out, cache)",
    "out = x @ W + b, shape (N, M).": "out = x @ W + b, 모양(shape) (N, M).",
    "affine_forward with lists": "리스트를 넣은 affine_forward",
    "dx has the shape of x, (N, D).": "dx의 모양(shape)은 x와 같은 (N, D)입니다.",
    "dW has the shape of W, (D, M).": "dW의 모양(shape)은 W와 같은 (D, M)입니다.",
    "db has the shape of b, (M,): one number per output.": "db의 모양(shape)은 b와 같은 (M,)입니다: 출력마다 수 하나.",
    "Work out dx[n, d] entry by entry: which outputs does x[n, d] reach, and with which local gradient? Then "
    "find the one product with that shape.":
        "dx[n, d]를 원소 하나씩 계산해 보세요. x[n, d]는 어떤 출력에 닿고, 국소 기울기는 얼마인가요? 그다음 "
        "그 모양(shape)이 나오는 곱 하나를 찾으세요.",
    "W[d, m] is used by every sample: dW adds their contributions (a sum over the batch, not a mean), in the "
    "shape of W.":
        "W[d, m]은 모든 샘플이 씁니다. dW는 그 기여를 더합니다(평균이 아니라 배치에 대한 합). 모양(shape)은 "
        "W와 같습니다.",
    "b was added to every row, so db sums dout over the batch (not the mean).":
        "b는 모든 행에 더해졌으므로 db는 배치에 대해 dout을 합합니다(평균이 아닙니다).",
    "affine_backward after affine_forward with N = 4, D = 5, M = 3":
        "N = 4, D = 5, M = 3으로 affine_forward 다음에 affine_backward",
    "affine_backward after affine_forward with N = 2, D = 3, M = 4":
        "N = 2, D = 3, M = 4로 affine_forward 다음에 affine_backward",
    "out = σ(x), elementwise, stable for large |x|.": "원소마다 out = σ(x), |x|가 커도 안정적으로.",
    "sigmoid_forward(x of shape (2, 3), including -800)": "sigmoid_forward(모양(shape)이 (2, 3)이고 -800을 포함한 x)",
    "Multiply dout by the sigmoid's local derivative, computed from the output kept in the cache (notebook "
    "04), not from x.":
        "dout에 시그모이드의 국소 도함수를 곱하세요. 도함수는 x가 아니라 캐시에 남겨 둔 출력으로 계산합니다"
        "(노트북 04).",
    "sigmoid_backward after sigmoid_forward on a (2, 3) array":
        "(2, 3) 배열에서 sigmoid_forward 다음에 sigmoid_backward",
    "Compared with centred differences of σ.": "σ의 중앙 차분과 비교했습니다.",
    "sigmoid_backward against centred differences": "중앙 차분과 비교한 sigmoid_backward",
    "out = max(0, x) elementwise.": "원소마다 out = max(0, x).",
    "relu_forward(x of shape (2, 3))": "relu_forward(모양(shape)이 (2, 3)인 x)",
    "The gradient passes only where the input was positive; at x = 0 exactly it is taken as 0.":
        "기울기는 입력이 양수였던 곳에서만 통과합니다. 정확히 x = 0이면 0으로 봅니다.",
    "relu_backward after relu_forward, with two zeros in x": "x에 0이 두 개 있을 때 relu_forward 다음에 relu_backward",
    "Compared with centred differences of max(0, x).": "max(0, x)의 중앙 차분과 비교했습니다.",
    "relu_backward against centred differences": "중앙 차분과 비교한 relu_backward",
    "the result (loss, dy_pred)": "결과 (loss, dy_pred)",
    "The mean over all entries of (y_pred - y)².": "(y_pred - y)²의 모든 원소에 대한 평균입니다.",
    "mse_loss(y_pred of shape (4, 1), y of shape (4, 1))":
        "mse_loss(모양(shape)이 (4, 1)인 y_pred, 모양(shape)이 (4, 1)인 y)",
    "mse_loss on a (3, 2) array: the mean is over all 6 entries":
        "(3, 2) 배열에서 mse_loss: 평균은 원소 6개 전체에 대해 구합니다",
    "mse_loss with lists": "리스트를 넣은 mse_loss",
    "two_layer_loss_and_grads with N = 5, D = 3, H = 4: the loss, and grads' keys and shapes":
        "N = 5, D = 3, H = 4인 two_layer_loss_and_grads: 손실, 그리고 grads의 키와 모양(shape)",
    "backward must use what the latest forward stored (keep it on self).":
        "backward는 가장 최근 forward가 저장한 것을 써야 합니다(self에 저장하세요).",
    "z = x + y, elementwise.": "원소마다 z = x + y.",
    "Add distributes.": "덧셈은 나눠 줍니다.",
    "AddGate with lists: forward([1, 2], [3, 4]), backward([1, 1])":
        "리스트를 넣은 AddGate: forward([1, 2], [3, 4]), backward([1, 1])",
    "Multiply swaps.": "곱셈은 맞바꿉니다.",
    "MultiplyGate with lists: forward([1, 2], [3, 4]), backward([1, 1])":
        "리스트를 넣은 MultiplyGate: forward([1, 2], [3, 4]), backward([1, 1])",
    "MaxGate at a tie: forward(2.0, 2.0), backward(1.5)": "값이 같을 때의 MaxGate: forward(2.0, 2.0), backward(1.5)",
    "MaxGate on arrays with a tie in the first entry: forward([1, 3, 2], [1, 0, 5]), backward([2, 2, 2])":
        "첫 원소의 값이 같은 배열에서 MaxGate: forward([1, 3, 2], [1, 0, 5]), backward([2, 2, 2])",
    "Use a stable sigmoid (notebook 04): no NaN for large |x|.":
        "안정적인 시그모이드를 쓰세요(노트북 04). |x|가 커도 NaN이 나오면 안 됩니다.",
    "Far from 0 the sigmoid is flat: the gradient is 0 there.":
        "0에서 멀면 시그모이드는 평평합니다. 그곳의 기울기는 0입니다.",
    "SigmoidGate at x = -800, 0, 800": "x = -800, 0, 800에서 SigmoidGate",
    "Visit the Values in topological order (each after the Values it was computed from), set every "
    ".grad to 0 and self.grad to 1, then go through them in reverse: pass each Value's .grad to "
    "its gate's backward and add (+=) each returned gradient to the matching parent's .grad.":
        "Value들을 위상 정렬 순서(각 Value를 자신을 계산하는 데 쓰인 Value들보다 뒤에)로 늘어놓고, 모든 .grad를 "
        "0으로, self.grad를 1로 둔 다음 역순으로 훑으세요. 각 Value의 .grad를 그 게이트의 backward에 넘기고, "
        "돌려받은 기울기를 짝이 되는 부모의 .grad에 더하세요(+=).",
    "Gradients arriving along different paths add: use +=, never =, when a parent receives a "
    "gradient (x * x gives x two contributions).":
        "서로 다른 경로로 도착한 기울기는 더해집니다. 부모가 기울기를 받을 때는 =가 아니라 +=를 쓰세요"
        "(x * x에서 x는 기울기를 두 번 받습니다).",
    "A Value may pass its .grad on only after every Value computed from it has added its share: "
    "go through a topological order in reverse, not breadth first from the output.":
        "어떤 Value의 .grad는 그 Value로부터 계산된 모든 Value가 제 몫을 더한 뒤에야 전달할 수 있습니다. "
        "출력에서부터 너비 우선으로 훑지 말고, 위상 정렬 순서를 거꾸로 따라가세요.",
    "Set every .grad to 0 (and self.grad to 1) at the start of backward(), so that a second call gives "
    "the same gradients.":
        "backward()를 시작할 때 모든 .grad를 0으로(그리고 self.grad를 1로) 두세요. 그래야 두 번 불러도 같은 "
        "기울기가 나옵니다.",
    "f = (x + y)·x at x = 3, y = -1: f.backward(), then x.grad (5) and y.grad (3)":
        "x = 3, y = -1에서 f = (x + y)·x: f.backward()를 부른 뒤 x.grad(5)와 y.grad(3)",
    "f = (x·x)·x at x = 2: x.grad must be 3x² = 12": "x = 2에서 f = (x·x)·x: x.grad는 3x² = 12여야 합니다",
    "a = exp(x), f = a·(a + 1) + a at x = 0.5: x.grad must be 2e^(2x) + 2e^x ≈ 8.734":
        "x = 0.5에서 a = exp(x), f = a·(a + 1) + a: x.grad는 2e^(2x) + 2e^x ≈ 8.734여야 합니다",
    "the neuron σ(w0·x0 + w1·x1 + w2) with w = (2, -3, -3), x = (-1, -2): every .grad":
        "w = (2, -3, -3), x = (-1, -2)인 유닛 σ(w0·x0 + w1·x1 + w2): 모든 .grad",
    "f = x / y + 2 / x + 3·(-y) + 2 at x = 1.5, y = 0.4: x.grad (2.5 - 8/9) and y.grad (-12.375)":
        "x = 1.5, y = 0.4에서 f = x / y + 2 / x + 3·(-y) + 2: x.grad(2.5 - 8/9)와 y.grad(-12.375)",
    "f = (x + y)·x: f.backward() called twice must still give x.grad = 5, y.grad = 3":
        "f = (x + y)·x: f.backward()를 두 번 불러도 x.grad = 5, y.grad = 3이어야 합니다",
    # lesson 05, issue 21: the method is the answer, stable gates, the formula, caches a backward can use
    "Right to about 10 digits, as a measured slope is, but not to the full precision of the formula: the "
    "backward pass is the exercise, so write the local derivative in closed form instead of measuring it with "
    "centred differences.":
        "잰 기울기가 그렇듯 10자리쯤까지는 맞지만, 공식의 완전한 정밀도에는 못 미칩니다. 이 연습은 역전파 자체이므로 "
        "국소 도함수를 중앙 차분으로 재지 말고 닫힌 꼴로 쓰세요.",
    "The sigmoid must not overflow for any x: use the stable `sigmoid` of this notebook (e^(-|x|) never "
    "exceeds 1), not 1 / (1 + np.exp(-x)).":
        "시그모이드는 어떤 x에서도 오버플로가 나면 안 됩니다. 1 / (1 + np.exp(-x)) 대신 이 노트북의 안정적인 "
        "`sigmoid`를 쓰세요(e^(-|x|)는 1을 넘지 않습니다).",
    "This is close to the formula's value but not equal to it: the check compares with the formula itself, "
    "not a few digits. Put 1e-8 where the text does, as the floor of the denominator: |a - b| / max(1e-8, "
    "|a| + |b|), not |a - b| / (|a| + |b| + 1e-8).":
        "공식의 값에 가깝지만 같지는 않습니다. 검사는 앞의 몇 자리가 아니라 공식 그 자체와 비교합니다. 1e-8은 "
        "본문이 놓은 자리, 곧 분모의 하한에 놓으세요: |a - b| / (|a| + |b| + 1e-8)이 아니라 |a - b| / "
        "max(1e-8, |a| + |b|)입니다.",
    "Accept lists too: np.asarray(X, dtype=float), and the same for y.":
        "리스트도 받으세요: np.asarray(X, dtype=float), y도 마찬가지입니다.",
    "{cls}: backward to full precision (a closed form, not a measured slope)":
        "{cls}: 완전한 정밀도의 backward(잰 기울기가 아니라 닫힌 꼴)",
    "Entry 0: |2e-8 - 1e-8| / max(1e-8, 3e-8) = 1/3; entry 1 gives 0; the max is 1/3.":
        "0번 성분: |2e-8 - 1e-8| / max(1e-8, 3e-8) = 1/3, 1번 성분은 0이므로 최댓값은 1/3입니다.",
    "rel_error([2e-8, 1], [1e-8, 1]) (near the floor 1e-8: the formula exactly)":
        "rel_error([2e-8, 1], [1e-8, 1]) (하한 1e-8 근처: 공식 그대로)",
    "a cache that holds what the backward pass needs ({what})": "역전파에 필요한 것을 담은 캐시({what})",
    "a cache without {missing}: {cache}": "캐시 {cache} (빠진 것: {missing})",
    "x and W": "x와 W",
    "affine_backward needs x (for dW = xᵀ dout) and W (for dx = dout Wᵀ): cache both, e.g. cache = (x, W, "
    "b).":
        "affine_backward에는 x(dW = xᵀ dout에 필요)와 W(dx = dout Wᵀ에 필요)가 필요합니다. 둘 다 캐시에 "
        "넣으세요. 예: cache = (x, W, b).",
    "affine_forward's cache, for affine_backward": "affine_backward에 쓸 affine_forward의 캐시",
    "affine_backward to full precision (closed forms, not measured slopes)":
        "완전한 정밀도의 affine_backward(잰 기울기가 아니라 닫힌 꼴)",
    "x or σ(x)": "x 또는 σ(x)",
    "the input x or the output σ(x)": "입력 x 또는 출력 σ(x)",
    "sigmoid_backward needs σ(x) (or x, to compute it again): cache the output, e.g. return out, out.":
        "sigmoid_backward에는 σ(x)(또는 σ(x)를 다시 계산할 수 있는 x)가 필요합니다. 출력을 캐시에 넣으세요. 예: "
        "return out, out.",
    "sigmoid_forward's cache, for sigmoid_backward": "sigmoid_backward에 쓸 sigmoid_forward의 캐시",
    "sigmoid_forward(x) for x from -1e4 to 1e4, with NumPy overflow warnings treated as errors":
        "NumPy 오버플로 경고를 오류로 다룰 때, x가 -1e4부터 1e4까지인 sigmoid_forward(x)",
    "SigmoidGate.forward(x) for x from -1e4 to 1e4, with NumPy overflow warnings treated as errors":
        "NumPy 오버플로 경고를 오류로 다룰 때, x가 -1e4부터 1e4까지인 SigmoidGate.forward(x)",
    "sigmoid_backward to full precision (a closed form, not a measured slope)":
        "완전한 정밀도의 sigmoid_backward(잰 기울기가 아니라 닫힌 꼴)",
    "where x > 0": "x > 0인 곳",
    "where x was positive": "x가 양수였던 곳",
    "relu_backward needs to know where x > 0: cache x itself (or the mask x > 0).":
        "relu_backward는 x > 0인 곳을 알아야 합니다. x 자체(또는 마스크 x > 0)를 캐시에 넣으세요.",
    "relu_forward's cache, for relu_backward": "relu_backward에 쓸 relu_forward의 캐시",
    "two_layer_loss_and_grads with N = 5, D = 3, H = 4: the gradients to full precision (backpropagation, "
    "not numerical differences)":
        "N = 5, D = 3, H = 4인 two_layer_loss_and_grads: 완전한 정밀도의 기울기(수치 미분이 아니라 역전파)",
    "two_layer_loss_and_grads on XOR with X and y as lists": "X와 y를 리스트로 넣은 XOR의 two_layer_loss_and_grads",
    "Build it from your gates, as the exercise says: inside the function create two MultiplyGates, two "
    "AddGates and a SigmoidGate, run their forward passes, then their backward passes in reverse order. A "
    "closed form gives the same numbers but skips the lesson.":
        "연습에서 말한 대로 여러분의 게이트로 조립하세요: 함수 안에서 MultiplyGate 두 개, AddGate 두 개, "
        "SigmoidGate 하나를 만들고, 순전파를 실행한 다음 역순으로 역전파를 실행합니다. 닫힌 꼴도 같은 수를 "
        "내지만, 그러면 이 레슨에서 배울 것을 건너뛰게 됩니다.",
    "a neuron built from gates (2 MultiplyGate, 2 AddGate, 1 SigmoidGate created in the call)":
        "게이트로 조립한 유닛(호출 중에 MultiplyGate 2개, AddGate 2개, SigmoidGate 1개를 만듦)",
    "{multiply} MultiplyGate, {add} AddGate, {sigmoid} SigmoidGate created":
        "MultiplyGate {multiply}개, AddGate {add}개, SigmoidGate {sigmoid}개를 만듦",
    "neuron_forward_backward built from your gates": "여러분의 게이트로 조립한 neuron_forward_backward",
    "Multiply swaps: dx = dout * y, which needs y itself (z / x is 0 / 0 where x = 0): store x and y in "
    "forward.":
        "곱셈은 맞바꿉니다: dx = dout * y에는 y 자체가 필요합니다(x = 0인 곳에서 z / x는 0 / 0입니다). "
        "forward에서 x와 y를 저장하세요.",
    "MultiplyGate with a zero in x: forward([0, 2], [3, -4]), backward([1, 0.5])":
        "x에 0이 있는 MultiplyGate: forward([0, 2], [3, -4]), backward([1, 0.5])",
    "Integers in, floats out: 1 / x on a float copy, np.asarray(x, dtype=float).":
        "정수를 받아도 float 값을 반환합니다: float 복사본 np.asarray(x, dtype=float)에서 1 / x를 계산하세요.",
    "ReciprocalGate on an integer array: forward([2, 4, -5]), backward([1, 1, 1])":
        "정수 배열의 ReciprocalGate: forward([2, 4, -5]), backward([1, 1, 1])",
    "Each gate remembers its own inputs: store them on self (self.x = ...), not on the class (a class "
    "attribute is shared by every gate of that kind).":
        "게이트마다 자기 입력을 기억합니다. 클래스가 아니라 self에 저장하세요(self.x = ...). 클래스 속성은 같은 "
        "종류의 모든 게이트가 함께 씁니다.",
    "Accept lists: np.asarray(x, dtype=float) before any arithmetic.":
        "리스트도 받으세요: 계산하기 전에 np.asarray(x, dtype=float).",
    "sigmoid_forward(x) for x from -1e4 to 1e4, without a warning (none hidden either)":
        "x가 -1e4부터 1e4까지인 sigmoid_forward(x), 경고 없이(숨긴 경고도 없이)",
    "{cls} with lists: forward{inputs}, then backward([1, -2])":
        "리스트를 넣은 {cls}: forward{inputs}, 그다음 backward([1, -2])",
    "{cls}: two gates, each with its own forward, then backward on the first (each gate keeps its own inputs)":
        "{cls}: 게이트 두 개가 각자 forward를 한 뒤 첫 번째 게이트의 backward(게이트마다 자기 입력을 보관)",
    "SigmoidGate.forward(x) for x from -1e4 to 1e4, without a warning (none hidden either)":
        "x가 -1e4부터 1e4까지인 SigmoidGate.forward(x), 경고 없이(숨긴 경고도 없이)",
    "Integers in, floats out: x = np.asarray(x, dtype=float) before making any buffer from it.":
        "정수를 받아도 float 값을 반환합니다: x로 버퍼를 만들기 전에 x = np.asarray(x, dtype=float).",
    "sigmoid_forward of an integer array [[-2, 0, 3]]": "정수 배열 [[-2, 0, 3]]의 sigmoid_forward",
    "a cache from your {forward} that {backward} can work from":
        "{backward} 함수가 쓸 수 있는, 여러분의 {forward} 함수가 만든 캐시",
    "{backward} is judged with your own {forward}, whose cache lacks what any backward pass needs: fix "
    "{forward} first (its own check says what is missing).":
        "{backward} 함수는 여러분의 {forward} 함수와 함께 채점되는데, 그 캐시에는 어떤 역전파에도 필요한 "
        "것이 빠져 있습니다. {forward} 함수부터 고치세요(무엇이 빠졌는지는 그 함수의 검사가 알려 줍니다).",
    # ------------------------------------------------------------ lesson 06: softmax and cross-entropy
    "{count} losses": "손실 {count}개",
    "row sums {sums}": "행의 합 {sums}",
    "Each row is one sample: exponentiate and divide by that row's sum. ":
        "각 행이 샘플 하나입니다. 지수 함수를 적용하고 그 행의 합으로 나누세요. ",
    "Softmax of (log 1, log 2, log 3, log 4) is (1, 2, 3, 4) / 10. ":
        "(log 1, log 2, log 3, log 4)의 소프트맥스는 (1, 2, 3, 4) / 10입니다. ",
    "dtype {dtype}": "자료형(dtype) {dtype}",
    "one loss per epoch ({epochs})": "에포크마다 손실 하나 ({epochs}개)",
    "losses from {first:.4g} to {last:.4g}": "처음 손실 {first:.4g}, 마지막 손실 {last:.4g}",
    "training accuracy of at least {target:.0%}": "{target:.0%} 이상의 훈련 정확도",
    "{accuracy:.1%} with the returned W, b": "반환한 W, b로 {accuracy:.1%}",
    "the same {what} from the same seed": "같은 시드에서 같은 {what}",
    "Each row k contributes its own true class y[k]. ": "각 행 k는 자기 실제 클래스 y[k]의 항만 더합니다. ",
    "One entropy per row: sum over the last axis only. ": "행마다 엔트로피 하나입니다. 마지막 축에 대해서만 합하세요. ",
    "One entropy per row (axis=-1). ": "행마다 엔트로피 하나입니다(axis=-1). ",
    "Which argument holds the probabilities and which the targets? ": "어느 인자가 확률이고 어느 인자가 목표값인가요? ",
    "Check the loss of one row by hand: log of the sum of exponentials, minus the logit of the true class. ":
        "한 행의 손실을 손으로 확인하세요: 지수들의 합에 로그를 취하고, 실제 클래스의 로짓을 뺍니다. ",
    " Compute it as log-sum-exp minus z_y (with the row maximum taken out), never as log(softmax): softmax can "
    "round to 0, and log 0 = -inf.":
        " log(softmax)로 계산하지 말고, 행의 최댓값을 빼낸 log-sum-exp에서 z_y를 빼서 계산하세요. 소프트맥스는 "
        "0으로 반올림될 수 있고, log 0 = -inf입니다.",
    "Normalise each row (the last axis): divide by the sum over axis=-1 with keepdims=True, so every row sums "
    "to 1.":
        "각 행(마지막 축)을 정규화하세요. keepdims=True로 axis=-1에 대한 합을 구해 나누면 모든 행의 합이 1이 "
        "됩니다.",
    "Subtract each row's maximum before np.exp (z - z.max(axis=-1, keepdims=True)): e^10000 overflows to inf, "
    "and inf / inf is nan.":
        "np.exp 전에 각 행의 최댓값을 빼세요(z - z.max(axis=-1, keepdims=True)). e^10000은 오버플로가 나서 "
        "inf가 되고, inf / inf는 nan입니다.",
    "Work the first sample by hand and compare; the loss is one number for the whole batch.":
        "첫 샘플을 손으로 계산해 비교하세요. 손실은 배치 전체에 대해 수 하나입니다.",
    "Take 0·log 0 = 0 (its limit): only add p·log p where p > 0, e.g. np.log(p, where=p > 0, "
    "out=np.zeros_like(p)).":
        "0·log 0 = 0으로 두세요(극한값). p > 0인 곳에서만 p·log p를 더하세요. 예: np.log(p, where=p > 0, "
        "out=np.zeros_like(p)).",
    "one loss per epoch (2 epochs)": "에포크마다 손실 하나 (2 에포크)",
    "probabilities, all >= 0": "모두 0 이상인 확률",
    "every row to sum to 1": "모든 행의 합이 1인 것",
    "Adding the same number to every logit of a row changes nothing; normalise each row on its own.":
        "한 행의 모든 로짓에 같은 수를 더해도 바뀌는 것은 없습니다. 각 행을 따로 정규화하세요.",
    "A 1-D input is one vector of logits; use axis=-1 so 1-D and 2-D both work.":
        "1차원 입력은 로짓 벡터 하나입니다. axis=-1을 쓰면 1차원과 2차원 모두 동작합니다.",
    "Accept lists (and integers) too: z = np.asarray(z, dtype=float).":
        "리스트도(정수도) 받으세요: z = np.asarray(z, dtype=float).",
    "a float array (e.g. np.zeros((N, C)))": "실수 배열 (예: np.zeros((N, C)))",
    "Make it float so that p - one_hot(y, C) is plain arithmetic.":
        "p - one_hot(y, C)가 평범한 계산이 되도록 실수로 만드세요.",
    "Use num_classes for the number of columns, not y.max() + 1: a batch need not contain every class.":
        "열의 개수로 y.max() + 1이 아니라 num_classes를 쓰세요. 배치에 모든 클래스가 들어 있지는 않을 수 있습니다.",
    "Accept a list: np.asarray(y).": "리스트도 받으세요: np.asarray(y).",
    "One sample guessed uniformly over 4 classes costs -log(1/4) = ln 4.":
        "클래스 4개에 고르게 추측한 샘플 하나의 비용은 -log(1/4) = ln 4입니다.",
    "Accept lists: np.asarray.": "리스트도 받으세요: np.asarray.",
    "A 50:50 guess costs ln 2 whatever the truth.": "50:50으로 추측하면 정답이 무엇이든 비용은 ln 2입니다.",
    "Accept lists: np.asarray(z, dtype=float).": "리스트도 받으세요: np.asarray(z, dtype=float).",
    "Append the loss once per epoch.": "에포크마다 손실을 한 번 추가하세요.",
    "finite losses": "유한한 손실",
    "Use the stable softmax cross-entropy; a nan means overflow or log 0.":
        "안정적인 소프트맥스 교차 엔트로피를 쓰세요. nan은 오버플로나 log 0이 났다는 뜻입니다.",
    "the loss to go down during training": "학습하는 동안 손실이 줄어드는 것",
    "Step against the gradient: W = W - lr * dW.": "기울기의 반대 방향으로 움직이세요: W = W - lr * dW.",
    "Return the weights after training; dW = X.T @ dz and db = dz.sum(axis=0).":
        "학습이 끝난 뒤의 가중치를 반환하세요. dW = X.T @ dz, db = dz.sum(axis=0)입니다.",
    "Draw random numbers only from the rng argument (rng.normal), never np.random.":
        "난수는 rng 인자(rng.normal)로만 뽑고, np.random은 절대 쓰지 마세요.",
    "b after 2 epochs": "2 에포크 뒤의 b",
    "Use num_classes for the number of columns of W.": "W의 열 개수로 num_classes를 쓰세요.",
    "Return one number (the mean over the batch), not an array of per-sample values.":
        "샘플마다의 값으로 된 배열이 아니라 수 하나(배치에 대한 평균)를 반환하세요.",
    "The output has the shape of the input.": "출력의 모양(shape)은 입력과 같습니다.",
    "softmax of the classic table [[1, 2, 0], [-1, 0, 1], [-10, 0, 10]]":
        "잘 알려진 표 [[1, 2, 0], [-1, 0, 1], [-10, 0, 10]]의 softmax",
    "softmax of a (2, 4) batch: rows (log 1, log 2, log 3, log 4) and (5, 5, 5, 5)":
        "(2, 4) 배치의 softmax: 행 (log 1, log 2, log 3, log 4)와 (5, 5, 5, 5)",
    "softmax of a (3, 2) batch [[0, 0], [ln 2, ln 5], [ln 3, ln 5]]":
        "(3, 2) 배치 [[0, 0], [ln 2, ln 5], [ln 3, ln 5]]의 softmax",
    "softmax of a (5, 7) batch of random logits": "무작위 로짓으로 된 (5, 7) 배치의 softmax",
    "softmax of logits of size 1e4 [[1e4, 0, -1e4], [1e4, 1e4, 0], [-1e4]*3, ...]":
        "크기가 1e4인 로짓의 softmax [[1e4, 0, -1e4], [1e4, 1e4, 0], [-1e4]*3, ...]",
    "softmax(z) and softmax(z + c) with c = 100 for row 0, -7 for row 1":
        "softmax(z)와 softmax(z + c), c는 0행에 100, 1행에 -7",
    "softmax of a list of lists of ints": "정수 리스트의 리스트에 대한 softmax",
    "Row k has a single 1, in column y[k]; the number of columns is num_classes.":
        "k행에는 y[k]열에만 1이 하나 있습니다. 열의 개수는 num_classes입니다.",
    "one_hot([1], 2) with a list": "리스트를 넣은 one_hot([1], 2)",
    "Check the labels first and raise ValueError with a clear message when a label is not in "
    "0..num_classes-1.":
        "먼저 레이블을 검사하고, 레이블이 0..num_classes-1 안에 없으면 분명한 메시지와 함께 ValueError를 "
        "발생시키세요.",
    "one_hot([0, 3, 1], 3) (label 3 is out of range)": "one_hot([0, 3, 1], 3) (레이블 3은 범위 밖입니다)",
    "A negative label is out of range too (NumPy would silently read y = -1 as the last column); raise "
    "ValueError.":
        "음수 레이블도 범위 밖입니다(NumPy는 y = -1을 경고 없이 마지막 열로 읽습니다). ValueError를 "
        "발생시키세요.",
    "one_hot([0, -1], 3) (label -1 is out of range)": "one_hot([0, -1], 3) (레이블 -1은 범위 밖입니다)",
    "cross_entropy of one uniform guess over 4 classes": "클래스 4개에 고르게 추측한 샘플 하나의 cross_entropy",
    "cross_entropy of a (3, 2) batch, y = [0, 1, 1]": "(3, 2) 배치의 cross_entropy, y = [0, 1, 1]",
    "Only the probability of the true class counts. Multiplying by a one-hot matrix computes 0·log 0 = nan for "
    "the other entries; pick p[k, y[k]] instead.":
        "실제 클래스의 확률만 셉니다. 원-핫 행렬을 곱하면 다른 원소에서 0·log 0 = nan을 계산하게 됩니다. 대신 "
        "p[k, y[k]]를 고르세요.",
    "cross_entropy of perfect, one-hot predictions": "완벽한 원-핫 예측의 cross_entropy",
    "cross_entropy with lists": "리스트를 넣은 cross_entropy",
    "A fair coin has entropy ln 2 ≈ 0.6931 nats: use the natural log, np.log.":
        "공정한 동전의 엔트로피는 ln 2 ≈ 0.6931 내트(nat)입니다. 자연로그 np.log를 쓰세요.",
    "entropy([1, 0, 0]) (a certain outcome)": "entropy([1, 0, 0]) (확실한 결과)",
    "entropy of 4 equal chances": "같은 확률 4개의 entropy",
    "entropy of a (2, 3) batch [[1/3, 1/3, 1/3], [0, 1, 0]]": "(2, 3) 배치 [[1/3, 1/3, 1/3], [0, 1, 0]]의 entropy",
    "entropy of a (3, 2) batch [[0.5, 0.5], [0.9, 0.1], [0, 1]]":
        "(3, 2) 배치 [[0.5, 0.5], [0.9, 0.1], [0, 1]]의 entropy",
    "entropy([0.25, 0.75]) with a list": "리스트를 넣은 entropy([0.25, 0.75])",
    "A sure and right prediction costs 0; don't compute 0·log 0 (nan): use only the term of the true class, or "
    "take 0·log 0 = 0.":
        "확신하고 맞힌 예측의 비용은 0입니다. 0·log 0(nan)을 계산하지 마세요. 실제 클래스의 항만 쓰거나, "
        "0·log 0 = 0으로 두세요.",
    "binary_cross_entropy with lists": "리스트를 넣은 binary_cross_entropy",
    "the result (loss, dz)": "결과 (loss, dz)",
    "The loss is one number, the mean over the batch.": "손실은 수 하나로, 배치에 대한 평균입니다.",
    "dz has the shape of z, (N, C).": "dz의 모양(shape)은 z와 같은 (N, C)입니다.",
    "The loss is a mean over the N samples, so its gradient carries that mean too.":
        "손실은 샘플 N개에 대한 평균이므로, 그 기울기에도 평균이 들어갑니다.",
    "softmax_cross_entropy(zeros((2, 3)), y = [0, 2]): loss ln 3":
        "softmax_cross_entropy(zeros((2, 3)), y = [0, 2]): 손실 ln 3",
    "softmax_cross_entropy of a (2, 5) batch, against numerical gradients":
        "(2, 5) 배치의 softmax_cross_entropy, 수치 기울기와 비교",
    "softmax_cross_entropy of a (4, 3) batch, against numerical gradients":
        "(4, 3) 배치의 softmax_cross_entropy, 수치 기울기와 비교",
    "softmax_cross_entropy([[1e4, 0, -1e4], [0, 1e4, 0]], y = [0, 0]): loss 5000":
        "softmax_cross_entropy([[1e4, 0, -1e4], [0, 1e4, 0]], y = [0, 0]): 손실 5000",
    "softmax_cross_entropy with lists": "리스트를 넣은 softmax_cross_entropy",
    "the result (W, b, losses)": "결과 (W, b, losses)",
    "W is (D, C): one column per class.": "W는 (D, C)입니다: 클래스마다 한 열.",
    "b is (C,): one bias per class.": "b는 (C,)입니다: 클래스마다 편향 하나.",
    "the losses of the 2 epochs": "2 에포크의 손실",
    "Each epoch: one gradient-descent step W -= lr·dW, b -= lr·db (db sums dz over the batch), and the loss of "
    "that epoch.":
        "에포크마다: 경사 하강법 한 걸음 W -= lr·dW, b -= lr·db(db는 배치에 대해 dz를 합합니다), 그리고 그 "
        "에포크의 손실.",
    "train_softmax_regression on 8 all-zero inputs (only b can learn), lr 0.5, 2 epochs":
        "모두 0인 입력 8개에서 train_softmax_regression (b만 학습할 수 있음), lr 0.5, 2 에포크",
    "train_softmax_regression on the notebook's three blobs (lr 0.5, 200 epochs)":
        "노트북의 점 구름 세 개에서 train_softmax_regression (lr 0.5, 200 에포크)",
    "train_softmax_regression on the three blobs with seed 1": "시드 1로 점 구름 세 개에서 train_softmax_regression",
    "train_softmax_regression on 20 points, D = 3, C = 4": "점 20개, D = 3, C = 4에서 train_softmax_regression",
    "train_softmax_regression twice with seed 3": "시드 3으로 train_softmax_regression 두 번",
    "train_softmax_regression with lists": "리스트를 넣은 train_softmax_regression",
    # lesson 06, issue 21: the row maximum, exactly 0, no warning hidden
    "stable, without warnings": "안정적으로, 경고 없이",
    "with 0·log 0 = 0 exactly, without warnings": "0·log 0 = 0을 정확히 지키며, 경고 없이",
    "Subtract each row's own maximum, z.max(axis=-1, keepdims=True), not the largest logit of the whole batch: "
    "a row far below the others would underflow to all zeros, and 0 / 0 is nan.":
        "배치 전체에서 가장 큰 로짓이 아니라 각 행 자신의 최댓값 z.max(axis=-1, keepdims=True)를 빼세요. 다른 "
        "행보다 훨씬 낮은 행은 모두 0으로 언더플로하고, 0 / 0은 nan입니다.",
    "Only the probability of the true class counts, and a sure, right prediction costs exactly 0: pick p[k, "
    "y[k]] (a one-hot product computes 0·log 0 = nan for the other entries), and don't clip p or add an "
    "epsilon, which changes that 0.":
        "실제 클래스의 확률만 셈에 들어가고, 확신하고 맞힌 예측의 비용은 정확히 0입니다. p[k, y[k]]를 고르고"
        "(원-핫 곱은 다른 성분에서 0·log 0 = nan을 계산합니다), p를 잘라 내거나 엡실론을 더하지 마세요. 그러면 "
        "그 0이 바뀝니다.",
    "Sure and right costs exactly 0: use only the term of the true class (t log p where t = 1, (1 - t) log(1 "
    "- p) where t = 0), with no 0·log 0, no clipping and no epsilon.":
        "확신하고 맞힌 예측의 비용은 정확히 0입니다. 실제 클래스의 항만 쓰세요(t = 1이면 t log p, t = 0이면 "
        "(1 - t) log(1 - p)). 0·log 0도, 잘라 내기도, 엡실론도 없이.",
    "softmax of logits of size 1e4, without a warning (none hidden either)":
        "크기가 1e4인 로짓의 softmax, 경고 없이(숨긴 경고도 없이)",
    "softmax of a row at 1e4 beside a row at -1e4: [[1e4, 1e4 - 1], [-1e4, -1e4 + 1]]":
        "값이 1e4인 행 옆에 -1e4인 행이 있는 softmax: [[1e4, 1e4 - 1], [-1e4, -1e4 + 1]]",
    "exactly 0, without warnings": "경고 없이 정확히 0",
    "cross_entropy of perfect, one-hot predictions (exactly 0)": "완벽한 원-핫 예측의 cross_entropy(정확히 0)",
    "binary_cross_entropy(p = [1, 0, 1], t = [1, 0, 1]) (sure and right: exactly 0)":
        "binary_cross_entropy(p = [1, 0, 1], t = [1, 0, 1]) (확신하고 맞힘: 정확히 0)",
    "softmax_cross_entropy of a row at 1e4 beside a row at -1e4: [[1e4, 0], [-1e4, -1e4 + 2]], y = [0, 1]":
        "값이 1e4인 행 옆에 -1e4인 행이 있는 softmax_cross_entropy: [[1e4, 0], [-1e4, -1e4 + 2]], y = [0, 1]",
    "Follow the text step by step: W = 0.01 * rng.normal(size=(D, C)) (D rows, C columns, from rng), b = 0; "
    "then each epoch compute the loss and its gradient at the current W, b, append that loss, and take one "
    "full-batch gradient step on W and on b.":
        "본문을 한 단계씩 따르세요: W = 0.01 * rng.normal(size=(D, C))(D행 C열, rng에서), b = 0. 그다음 "
        "에포크마다 현재 W, b에서 손실과 기울기를 구해 그 손실을 추가하고, W와 b에 대해 전체 배치로 경사 하강을 "
        "한 걸음 내딛습니다.",
    "losses as a list (one number per epoch)": "리스트인 losses(에포크마다 수 하나)",
    "Append each epoch's loss to a Python list and return that list.":
        "에포크마다 손실을 파이썬 리스트에 추가하고 그 리스트를 반환하세요.",
    "The loss uses the probability of the TRUE class y[k], not of the predicted (largest) one: p[np.arange(N), "
    "y].":
        "손실은 예측한(가장 큰) 클래스가 아니라 실제 클래스 y[k]의 확률을 씁니다: p[np.arange(N), y].",
    "cross_entropy([[0.2, 0.7, 0.1], [0.6, 0.3, 0.1]], y = [0, 2]) (the true class is not the largest)":
        "cross_entropy([[0.2, 0.7, 0.1], [0.6, 0.3, 0.1]], y = [0, 2]) (실제 클래스가 가장 크지 않음)",
    "entropy([0, 1]) with a list of ints": "정수 리스트를 넣은 entropy([0, 1])",
    "train_softmax_regression on 40 points, D = 3, C = 3, lr 0.3, 4 epochs, seed 11: every step as the text "
    "says":
        "점 40개, D = 3, C = 3, lr 0.3, 4 에포크, 시드 11의 train_softmax_regression: 모든 단계를 본문대로",
    "Accept a list of ints: np.asarray(p, dtype=float), so that the logs have a float array to go into. ":
        "정수 리스트도 받으세요: 로그 값이 들어갈 float 배열이 있도록 np.asarray(p, dtype=float). ",
    "each loss in losses": "losses의 각 손실",
    # ------------------------------------------------------------ lesson 07: the digits capstone
    "{what} with keys {keys}": "키가 {keys}인 {what}",
    "{what} as a dict with keys {keys}": "키가 {keys}인 딕셔너리로 된 {what}",
    "{count} samples in batches of {size} make {steps} updates: keep the last, smaller batch, and take one "
    "step per batch.":
        "샘플 {count}개를 {size}개씩 배치로 나누면 업데이트는 {steps}번입니다. 마지막의 더 작은 배치도 남기고, "
        "배치마다 한 걸음씩 움직이세요.",
    "mean_loss {loss:.6g} (the mean of the batch losses)": "mean_loss {loss:.6g} (배치 손실들의 평균)",
    "the parameters after one of the {count} possible epochs (each sample used exactly once, in batches of "
    "{size})":
        "가능한 에포크 {count}가지 가운데 하나를 마친 뒤의 파라미터 (각 샘플을 정확히 한 번씩, {size}개씩 "
        "배치로 사용)",
    "different params['{key}']": "서로 다른 params['{key}']",
    "{name} has the shape of params['{key}'].": "{name}의 모양(shape)은 params['{key}']의 모양과 같습니다.",
    "ReLU after every affine layer except the last; the last layer's scores go into softmax cross-entropy. ":
        "마지막 층을 뺀 모든 아핀 층 뒤에 ReLU를 둡니다. 마지막 층의 점수는 소프트맥스 교차 엔트로피에 "
        "들어갑니다. ",
    "params['{key}'] after the epoch": "에포크를 마친 뒤의 params['{key}']",
    "The loss is the mean over the batch: divide by N (softmax_cross_entropy already does).":
        "손실은 배치에 대한 평균입니다. N으로 나누세요(softmax_cross_entropy가 이미 나눕니다).",
    "Go backwards through the layers: the last affine layer first, then ReLU and affine for each hidden layer, "
    "passing each dx on as the next dout; keep each forward cache and use it in its own backward.":
        "층을 거꾸로 거쳐 가세요. 마지막 아핀 층을 먼저, 그다음 은닉층마다 ReLU와 아핀 층의 역전파를 계산하면서 "
        "각 dx를 다음 dout으로 넘깁니다. 순전파의 캐시는 층마다 남겨 두었다가 짝이 되는 역전파에서 쓰세요.",
    "One entry per parameter, with the same names.": "파라미터마다 같은 이름으로 하나씩 넣으세요.",
    "the new params": "새 params",
    "different sample orders (so different results) for different seeds":
        "시드가 다르면 샘플 순서가 달라지는 것 (따라서 결과도 달라짐)",
    "Shuffle the samples every epoch with rng.permutation(N).": "에포크마다 rng.permutation(N)으로 샘플을 섞으세요.",
    "With one layer (W1, b1 only) the network is linear softmax regression: no ReLU at all. Count the layers "
    "from the params dict.":
        "층이 하나면(W1, b1만 있으면) 이 신경망은 선형 소프트맥스 회귀입니다. ReLU가 전혀 없습니다. 층의 개수는 "
        "params 딕셔너리에서 세세요.",
    "Loop over the layers W1..WL; don't assume exactly two.":
        "층 W1..WL을 차례로 모두 거치세요. 층이 꼭 두 개라고 가정하지 마세요.",
    "Accept X and y as lists: np.asarray.": "X와 y가 리스트여도 받으세요: np.asarray.",
    "the result (params, mean_loss)": "결과 (params, mean_loss)",
    "Return the mean of the mini-batch losses as one number.": "미니배치 손실들의 평균을 수 하나로 반환하세요.",
    "With batch_size = N an epoch is one step: params - lr * grads, on a new dict.":
        "batch_size = N이면 한 에포크는 한 걸음입니다: 새 딕셔너리에 params - lr * grads.",
    "Record each batch's loss before its update and average them.":
        "각 배치의 손실을 업데이트 전에 기록하고, 그 평균을 구하세요.",
    "parameters that match none of them": "어느 것과도 맞지 않는 파라미터",
    "Shuffle once per epoch (order = rng.permutation(N)), cut the order into consecutive batches, and take one "
    "step per batch with that batch's gradients.":
        "에포크마다 한 번 섞고(order = rng.permutation(N)), 그 순서를 연속된 배치로 자른 뒤, 배치마다 그 배치의 "
        "기울기로 한 걸음씩 움직이세요.",
    "Draw the shuffle only from the rng argument.": "섞는 순서는 rng 인자로만 뽑으세요.",
    "The loss is one number.": "손실은 수 하나입니다.",
    "mlp_loss_and_grads with all-zero weights (3-4-5 network, N = 3): loss ln 5":
        "가중치가 모두 0인 mlp_loss_and_grads (3-4-5 신경망, N = 3): 손실 ln 5",
    "mlp_loss_and_grads of a 3-4-5 network on 6 samples, against numerical gradients":
        "샘플 6개에서 3-4-5 신경망의 mlp_loss_and_grads, 수치 기울기와 비교",
    "mlp_loss_and_grads of a one-layer 3-5 network (softmax regression)":
        "층이 하나인 3-5 신경망의 mlp_loss_and_grads (소프트맥스 회귀)",
    "mlp_loss_and_grads of a three-layer 3-4-6-2 network": "층이 셋인 3-4-6-2 신경망의 mlp_loss_and_grads",
    "mlp_loss_and_grads with X and y as lists": "X와 y를 리스트로 넣은 mlp_loss_and_grads",
    "With one batch the mean loss is that batch's loss, computed before the update.":
        "배치가 하나면 평균 손실은 업데이트 전에 계산한 그 배치의 손실입니다.",
    "sgd_epoch with one batch of all 5 samples (lr 0.1)": "샘플 5개 전체를 배치 하나로 쓰는 sgd_epoch (lr 0.1)",
    "sgd_epoch on 5 identical samples in batches of 2 (3 updates)":
        "똑같은 샘플 5개를 2개씩 배치로 나눈 sgd_epoch (업데이트 3번)",
    "sgd_epoch on 4 samples in batches of 2": "샘플 4개를 2개씩 배치로 나눈 sgd_epoch",
    "sgd_epoch on 4 samples in batches of 3 and 1": "샘플 4개를 3개와 1개의 배치로 나눈 sgd_epoch",
    "sgd_epoch twice with seed 7": "시드 7로 sgd_epoch 두 번",
    "sgd_epoch with seeds 0 to 3, batches of 1": "시드 0부터 3까지, 배치 크기 1인 sgd_epoch",
    "Return one number, the fraction of correct rows.": "맞힌 행의 비율 하나를 반환하세요.",
    "The predicted class of a row is its argmax (axis=1); count the rows where it equals y and divide by N (a "
    "fraction, not a percentage).":
        "한 행의 예측 클래스는 그 행의 argmax(axis=1)입니다. 예측 클래스가 y와 같은 행을 세어 N으로 나누세요(백분율이 "
        "아니라 비율).",
    "accuracy of a (4, 3) score matrix, y = [1, 0, 2, 0]": "(4, 3) 점수 행렬의 accuracy, y = [1, 0, 2, 0]",
    "argmax along axis=1, per row.": "행마다 argmax를 구하세요(axis=1).",
    "accuracy of a (3, 5) score matrix, every row right": "(3, 5) 점수 행렬의 accuracy, 모든 행을 맞힘",
    "accuracy of a (3, 5) score matrix, every row wrong": "(3, 5) 점수 행렬의 accuracy, 모든 행이 틀림",
    "accuracy with lists": "리스트를 넣은 accuracy",
    "Rows are the true class, columns the prediction; and a pair that occurs twice counts twice (M[y_true, "
    "y_pred] += 1 counts it once: use a loop or np.add.at).":
        "행은 실제 클래스, 열은 예측입니다. 두 번 나오는 쌍은 두 번 셉니다(M[y_true, y_pred] += 1은 한 번만 "
        "셉니다. 반복문이나 np.add.at을 쓰세요).",
    "The matrix is num_classes × num_classes even when some classes never occur; repeated pairs count every "
    "time.":
        "어떤 클래스가 한 번도 나오지 않아도 행렬은 num_classes × num_classes입니다. 반복되는 쌍은 나올 때마다 "
        "셉니다.",
    "confusion_matrix with lists": "리스트를 넣은 confusion_matrix",
    "M[i, j] counts the samples of true class i predicted as j: rows are the truth, columns the prediction.":
        "M[i, j]는 실제 클래스가 i인데 j로 예측한 샘플의 수입니다. 행은 실제, 열은 예측입니다.",

    # ------------------------------------------------------------ demo sentences the lessons' code cells print
    # (through ``tr`` in the notebook, or helpers.geometry_plots): numbers and code stay as they are
    "weighted sum s = {s}   prediction y = {y}": "가중합 s = {s}   예측 y = {y}",
    "perceptron rule: bias = {bias}  w = {w}": "퍼셉트론 규칙: 편향 = {bias}  w = {w}",
    "the new sum {s} is now negative, as t = -1 wants":
        "새 가중합 {s}: t = -1이 바라는 대로 이제 음수입니다",
    "{mode:10}: {epochs} epochs, errors per epoch {errors}, w = {w}":
        "{mode:10}: 에포크 {epochs}번, 에포크별 오류 수 {errors}, w = {w}",
    "lr = {lr:6}: errors per epoch {errors}, w / lr = {ratio}":
        "lr = {lr:6}: 에포크별 오류 수 {errors}, w / lr = {ratio}",
    "delta rule, η = {lr:4}: mean squared error after 10 epochs {mse:.3g}":
        "델타 규칙, η = {lr:4}: 10 에포크 뒤 평균 제곱 오차 {mse:.3g}",
    "{mode:10}: stopped after {epochs} epochs (max_epochs = 30); last errors = {last}":
        "{mode:10}: 에포크 {epochs}번 뒤 멈춤(max_epochs = 30). 마지막 오류 수 = {last}",
    "batch weights after 0, 1, ..., 6 epochs: {weights}": "배치 학습에서 0, 1, ..., 6 에포크 뒤의 가중치: {weights}",
    "w1 = w2 = 0: there is no line; every point gets {side}.":
        "w1 = w2 = 0: 직선이 없습니다. 모든 점의 답이 {side}입니다.",
    "Every point is on its correct side.": "모든 점이 자기 쪽에 바르게 놓였습니다.",
    "  x = ({x1:g}, {x2:g}): distance {d:+.2f}, output {y:+d}, target {target:+d}  {mark}":
        "  x = ({x1:g}, {x2:g}): 거리 {d:+.2f}, 출력 {y:+d}, 목표값 {target:+d}  {mark}",
    "ok": "맞음",
    "WRONG": "틀림",
    "{count} misclassified: {listed}": "잘못 분류된 점 {count}개: {listed}",
    "(This demo runs once you have set `XOR_HIDDEN` and `XOR_OUTPUT`.)":
        "(`XOR_HIDDEN`과 `XOR_OUTPUT`을 정하면 이 데모가 실행됩니다.)",
    "points inside the triangle: {inside} of {total}": "삼각형 안의 점: {total}개 중 {inside}개",
    "loss: {first:.4f} at the start, {last:.4f} after {epochs} steps":
        "손실: 처음 {first:.4f}, {epochs}걸음 뒤 {last:.4f}",
    "first 200 losses agree with the finite-difference trainer's (to 1e-6): {same}":
        "처음 200개의 손실이 유한 차분 학습 함수의 손실과 (1e-6까지) 같은가: {same}",
    "(This plot appears once the training above has run to the end.)":
        "(위의 학습이 끝까지 실행되면 이 그래프가 나타납니다.)",
    "(PyTorch is not installed; this optional comparison is skipped.)":
        "(PyTorch가 설치되어 있지 않아 이 선택 비교는 건너뜁니다.)",
    "relative errors against yours: {dw:.0e}, {dx:.0e}": "여러분의 값과의 상대 오차: {dw:.0e}, {dx:.0e}",
    "loss: first epoch {first:.4f}, last epoch {last:.4f}": "손실: 첫 에포크 {first:.4f}, 마지막 에포크 {last:.4f}",
    "training accuracy: {accuracy:.1%}": "훈련 정확도: {accuracy:.1%}",
    "largest relative error per parameter is below 1e-6: {below}":
        "파라미터별 가장 큰 상대 오차가 1e-6보다 작은가: {below}",
    "{name:>8}: final train loss {loss:.3f}, train accuracy {train:.1%}, validation accuracy {val:.1%}":
        "{name:>8}: 마지막 훈련 손실 {loss:.3f}, 훈련 정확도 {train:.1%}, 검증 정확도 {val:.1%}",
    "{name:>8}: validation loss {loss:.3f}; {mistakes} mistakes cost {wrong:.2f} each on average and make up "
    "{share:.0%} of the loss; a right answer costs {right:.3f}; mean confidence when wrong {confidence:.0%}":
        "{name:>8}: 검증 손실 {loss:.3f}. 틀린 {mistakes}개는 하나에 평균 {wrong:.2f}의 비용이 들고 손실의 "
        "{share:.0%}를 차지합니다. 맞힌 답의 비용은 {right:.3f}이고, 틀릴 때의 평균 확신도는 {confidence:.0%}입니다",
    "best validation accuracy (and its epoch) of each network at each learning rate:":
        "신경망과 학습률마다 가장 높은 검증 정확도(괄호 안은 그 에포크):",
    "the validation set chooses {width} hidden units and learning rate {lr}, stopped after epoch {epoch}":
        "검증 집합이 고른 설정: 은닉 유닛 {width}개, 학습률 {lr}, 에포크 {epoch}에서 멈춤",
    "for the linear baseline it chooses learning rate {lr}, stopped after epoch {epoch}":
        "선형 기준 모델에 고른 설정: 학습률 {lr}, 에포크 {epoch}에서 멈춤",
    "MLP reaches at least 95 %: {reached}": "MLP가 95 % 이상에 이르는가: {reached}",
    "test accuracy, chosen MLP 64-{width}-10 (learning rate {lr}, epoch {epoch}): {accuracy:.1%} "
    "({wrong} of {total} wrong)":
        "테스트 정확도, 고른 MLP 64-{width}-10 (학습률 {lr}, 에포크 {epoch}): {accuracy:.1%} "
        "({total}개 중 {wrong}개 틀림)",
    "{count} test images misread": "잘못 읽은 테스트 이미지 {count}개",
    "mean column size: at the start {start:.2f}, change by training {change:.2f}":
        "열의 평균 크기: 처음 {start:.2f}, 학습으로 바뀐 양 {change:.2f}",
    "AND from threshold 1.5: {w} same boundary as W_AND? {same}":
        "임계값 1.5로 만든 AND: {w} W_AND와 같은 경계인가? {same}",
    "OR from threshold 0.5:  {w} same boundary as W_OR?  {same}":
        "임계값 0.5로 만든 OR:  {w} W_OR과 같은 경계인가?  {same}",
    "collapsed weights W1 @ W2 have shape {shape}": "합친 가중치 W1 @ W2의 모양(shape): {shape}",
    "two layers equal one layer (up to rounding): {same}": "두 층이 한 층과 같은가 (반올림 오차 안에서): {same}",
    "fraction of inputs where the unit is active: {fraction}": "유닛이 활성인 입력의 비율: {fraction}",
    "gradient reaching the weights (sum over the batch): {gradient}": "가중치에 닿는 기울기 (배치 합): {gradient}",
    "{form:21s}: f = {f:.4f}, dw = {dw}, dx = {dx}; equal to your neuron_forward_backward's: {agree}":
        "{form:21s}: f = {f:.4f}, dw = {dw}, dx = {dx}, 여러분의 neuron_forward_backward 결과와 같은가: {agree}",
    "entropy of a 50:50 bag = {h:.4f} nats (ln 2 = {ln2:.4f})":
        "50:50 주머니의 엔트로피 = {h:.4f} 내트 (ln 2 = {ln2:.4f})",
    "entropy of a 90:10 bag = {h:.4f} nats": "90:10 주머니의 엔트로피 = {h:.4f} 내트",
    "max relative error below 1e-6: {below}": "가장 큰 상대 오차가 1e-6보다 작은가: {below}",
    # lesson 06, issue 25: the softmax's Jacobian, one C × C matrix per sample
    "Jacobian of softmax for one sample with C = {classes} classes:":
        "클래스가 C = {classes}개일 때 샘플 하나에 대한 소프트맥스의 야코비 행렬:",
    "centred differences of your softmax agree (max relative error below 1e-6): {below}":
        "여러분의 softmax로 구한 중앙 차분과 일치하는가 (가장 큰 상대 오차가 1e-6보다 작은가): {below}",
    "dL/dp times the Jacobian: {chained}   p - y: {direct}":
        "dL/dp와 야코비 행렬의 곱: {chained}   p - y: {direct}",
    "a batch of N = {n} samples has {n} Jacobians of C × C: shape {shape}":
        "샘플 N = {n}개짜리 배치에는 C × C 야코비 행렬이 {n}개 있습니다: 모양 {shape}",
    "{name:>10}: {count:4d} images": "{name:>10}: 이미지 {count:4d}개",
    "train": "훈련 집합",
    "validation": "검증 집합",
    "test": "테스트 집합",
    # lesson 07, issue 21: the plain mean of the batch losses
    "Each batch counts once in the mean, a smaller last batch too: np.mean(losses), not a mean weighted by "
    "batch size.":
        "평균에서 배치는 한 번씩 셉니다. 더 작은 마지막 배치도 마찬가지입니다. 배치 크기로 가중한 평균이 아니라 "
        "np.mean(losses)입니다.",
    "mean_loss {loss:.6g} (the plain mean of the {steps} batch losses, each taken before its update)":
        "mean_loss {loss:.6g}({steps}개 배치 손실의 단순 평균, 각각 그 업데이트 전에 잰 값)",
    "Right to about 10 digits, as a measured slope is, but not to the full precision of the formula: the "
    "gradients must come from your layers' backward functions, not from numerical differences.":
        "잰 기울기가 그렇듯 10자리쯤까지는 맞지만, 공식의 완전한 정밀도에는 못 미칩니다. 기울기는 수치 미분이 "
        "아니라 여러분의 층 역전파 함수로 구해야 합니다.",
    "Accept X and y as lists: np.asarray(X, dtype=float) before indexing them with a batch.":
        "X와 y가 리스트여도 받으세요: 배치로 인덱싱하기 전에 np.asarray(X, dtype=float).",
    "mlp_loss_and_grads of a 3-4-6-2 network: the gradients to full precision (backpropagation, not "
    "numerical differences)":
        "3-4-6-2 신경망의 mlp_loss_and_grads: 완전한 정밀도의 기울기(수치 미분이 아니라 역전파)",
    "sgd_epoch with X and y as lists (one batch of all 5 samples)":
        "X와 y를 리스트로 넣은 sgd_epoch(샘플 5개 전부를 한 배치로)",
    "Return the fraction itself, 2/3, not a rounded or a percentage value.":
        "비율 그 자체인 2/3을 반환하세요. 반올림한 값이나 백분율이 아닙니다.",
    "accuracy of a (3, 5) score matrix, two rows of three right": "(3, 5) 점수 행렬의 accuracy, 세 행 중 두 행을 맞힘",
    # differential input classes of lessons 04, 06 and 07
    'with a ReLU chain from 0': '0에서 시작하는 ReLU 사슬로',
    'with a ReLU chain from a negative start': '음수에서 시작하는 ReLU 사슬로',
    'with a batch of distributions': '분포 여러 개의 배치로',
    'with a batch of logits': '로짓 배치로',
    'with a batch of predictions': '예측 배치로',
    'with a batch': '배치로',
    'with a class that never occurs': '한 번도 나오지 않는 클래스가 있을 때',
    'with a deep sigmoid chain': '깊은 시그모이드 사슬로',
    'with a deep tanh chain from saturation': '포화 상태에서 시작하는 깊은 tanh 사슬로',
    'with a float 0.0 and alpha 0.1': '실수 0.0과 alpha 0.1로',
    'with a four-layer network': '4층 신경망으로',
    'with a label too large': '너무 큰 레이블로',
    'with a list start': '리스트로 시작할 때',
    'with a negative label': '음수 레이블로',
    'with a nested list of ints and alpha 0.3': '정수의 중첩 리스트와 alpha 0.3으로',
    'with a nested list of ints': '정수의 중첩 리스트로',
    'with a one-layer network': '1층 신경망으로',
    'with a row at 1e4 beside a row at -1e4': '값이 1e4인 행 옆에 -1e4인 행이 있을 때',
    'with a single label': '레이블 하나로',
    'with a single pair': '쌍 하나로',
    'with a third right': '3분의 1만 맞을 때',
    'with tied scores (the argmax is the first of them)': '점수가 같을 때(argmax는 그 가운데 첫째)로',
    'with a two-layer network': '2층 신경망으로',
    'with a uniform distribution over 8': '8개에 대한 균등 분포로',
    'with all-zero weights': '가중치가 모두 0일 때',
    'with an array and alpha -0.5': '배열과 alpha -0.5로',
    'with an array and alpha -1': '배열과 alpha -1로',
    'with an array and alpha 1': '배열과 alpha 1로',
    'with an array and alpha 2': '배열과 alpha 2로',
    'with an empty array and alpha 0.2': '빈 배열과 alpha 0.2로',
    'with an integer and alpha 0': '정수와 alpha 0으로',
    'with an integer array and an integer alpha': '정수 배열과 정수 alpha로',
    'with an integer start': '정수로 시작할 때',
    'with an integer': '정수로',
    'with classes that never occur': '한 번도 나오지 않는 클래스들이 있을 때',
    'with depth 0 on an array': '배열에 깊이 0으로',
    'with depth 0': '깊이 0으로',
    'with depth 1': '깊이 1로',
    'with float targets': '실수 목표값으로',
    'with inputs up to 1e4': '1e4까지의 입력으로',
    'with integer logits in a list': '리스트에 담긴 정수 로짓으로',
    'with labels covering every class': '모든 클래스를 덮는 레이블로',
    'with one distribution': '분포 하나로',
    'with one vector of logits': '로짓 벡터 하나로',
    'with probabilities': '확률로',
    'with random labels': '무작위 레이블로',
    'with random scores': '무작위 점수로',
    'with repeated pairs': '반복되는 쌍으로',
    'with sure and right predictions': '확신하고 맞힌 예측으로',
    'with ties': '동점이 있을 때',
    'with two classes': '클래스가 둘일 때',
    'with zeros and tiny numbers and alpha 0.05': '0과 아주 작은 수, alpha 0.05로',
    'with zeros and tiny numbers': '0과 아주 작은 수로',
    'with zeros in the distribution': '분포에 0이 있을 때',
    # differential input classes of lesson 05
    'with a (3, 4) array': '(3, 4) 배열로',
    'with a 1-d point': '1차원 점으로',
    'with a 2-d point': '2차원 점으로',
    'with a column of predictions': '예측값 열 하나로',
    'with a large step h': '큰 간격 h로',
    'with a function of all entries together': '모든 성분이 함께 들어가는 함수로',
    'with a perfect prediction': '완벽한 예측으로',
    'with a saturated neuron': '포화된 유닛으로',
    'with a single entry': '성분 하나로',
    'with an integer point': '정수 점으로',
    'with entries near the floor 1e-8': '하한 1e-8 근처의 성분으로',
    'with equal arrays': '같은 배열로',
    'with integer arrays': '정수 배열로',
    'with integer lists': '정수 리스트로',
    'with numbers': '수로',
    'with opposite signs': '부호가 반대인 값으로',
    'with two arrays': '배열 두 개로',
    'with zero weights': '가중치가 0일 때',
    'with zeros on both sides': '양쪽이 모두 0일 때',
    # the content pass's new demo lines (issue 22): learning rate, hidden cube, autodiff, losses, capstone
    "w = {w!s:20}  mistakes on AND = {mistakes}   J = {J:.2f}":
        "w = {w!s:20}  AND에서 틀린 개수 = {mistakes}   J = {J:.2f}",
    "|x̃|² over the samples: from {low:.2f} to {high:.2f}, mean {mean:.2f}":
        "샘플별 |x̃|²: 가장 작은 값 {low:.2f}, 가장 큰 값 {high:.2f}, 평균 {mean:.2f}",
    "c = {c:5}: w = {w}, outputs {outputs}, distances {distances}":
        "c = {c:5}: w = {w}, 출력 {outputs}, 거리 {distances}",
    "corners of the hidden cube {{-1, +1}}^3 reached by the plane: {count} of 8":
        "평면의 점들이 닿는 은닉 정육면체 {{-1, +1}}^3의 꼭짓점: 8개 중 {count}개",
    "hidden features (rows = inputs (0,0), (0,1), (1,0), (1,1)):\n":
        "은닉 특징 (행 = 입력 (0,0), (0,1), (1,0), (1,1)):\n",
    "measured slopes of σ at -4, 0, 4:": "-4, 0, 4에서 잰 σ의 기울기:",
    "largest σ' on a fine grid: {largest:.4f}": "촘촘한 격자에서 구한 σ'의 최댓값: {largest:.4f}",
    "α = {a:4}: mean output on N(0, 1) inputs {mean:.3f} (theory {theory:.3f})":
        "α = {a:4}: N(0, 1) 입력에 대한 평균 출력 {mean:.3f} (이론값 {theory:.3f})",
    "x0 = {start}: gradient after 10 layers -> {values} (bound 4^-10 = {bound:.2e})":
        "x0 = {start}: 층 10개를 지난 기울기 -> {values} (상한 4^-10 = {bound:.2e})",
    "{gate:15s} relative error {error:.1e}  (expect below 1e-6)":
        "{gate:15s} 상대 오차 {error:.1e}  (1e-6보다 작아야 합니다)",
    "dw against centred differences: relative error {error:.1e}": "중앙 차분과 비교한 dw의 상대 오차: {error:.1e}",
    "they differ only where x == 0: {same}": "둘이 x == 0인 곳에서만 다른가: {same}",
    "{key}: relative error {error:.1e}": "{key}: 상대 오차 {error:.1e}",
    "sigmoid gate": "시그모이드 게이트",
    "four primitive gates": "기본 게이트 네 개",
    "Value engine, 1200 steps of XOR: loss {first:.4f} -> {last:.4f}":
        "Value 엔진으로 XOR을 1200걸음 학습: 손실 {first:.4f} -> {last:.4f}",
    "equal to section 9's first 1200 losses (to 1e-10): {same}":
        "9절의 처음 1200개 손실과 (1e-10까지) 같은가: {same}",
    "confident": "확신하는 예측",
    "hesitant": "망설이는 예측",
    "{name:9s} q = {q}:  entropy H(q) = {h:.3f}   cross-entropy if truth is class 0: {c0:.3f}   "
    "if truth is class 1: {c1:.3f}":
        "{name:9s} q = {q}:  엔트로피 H(q) = {h:.3f}   정답이 클래스 0일 때 교차 엔트로피: {c0:.3f}   "
        "정답이 클래스 1일 때: {c1:.3f}",
    "loss of logits [[1e4, 0, -1e4], [0, 1e4, 0]] with y = [0, 0]:":
        "y = [0, 0]일 때 로짓 [[1e4, 0, -1e4], [0, 1e4, 0]]의 손실:",
    "likelihood of the 4 labels: {likelihood:.6f}": "레이블 4개의 우도: {likelihood:.6f}",
    "exp(-N * mean cross-entropy): {value:.6f}": "exp(-N * 평균 교차 엔트로피): {value:.6f}",
    "softmax of (0.3, 1.7), class 1: {soft:.6f};  sigmoid of 1.7 - 0.3: {sig:.6f}":
        "(0.3, 1.7)의 소프트맥스에서 클래스 1: {soft:.6f},  1.7 - 0.3의 시그모이드: {sig:.6f}",
    "mean squared error": "평균 제곱 오차",
    "binary cross-entropy": "이진 교차 엔트로피",
    "{name:21s}: all four XOR outputs on the right side of 0.5 after {solved} steps":
        "{name:21s}: {solved}걸음 만에 XOR 출력 네 개가 모두 0.5를 기준으로 맞는 쪽에 놓입니다",
    "{name:21s}: dL/ds at p = σ(-6) is {slope:+.4f}; {steps} steps of size 1 to reach p = 0.5":
        "{name:21s}: p = σ(-6)에서 dL/ds는 {slope:+.4f}, 크기 1인 걸음 {steps}번 만에 p = 0.5에 이릅니다",
    "softmax regression, 200 epochs": "소프트맥스 회귀, 200 에포크",
    "softmax regression, 5000 epochs": "소프트맥스 회귀, 5000 에포크",
    "multiclass perceptron (pocket)": "다중 클래스 퍼셉트론 (포켓)",
    "linear classifier": "선형 분류기",
    "wrong of 180": "180개 중 오답",
    "mean cross-entropy": "평균 교차 엔트로피",
    "X_all: {shape} {dtype}  pixel values from {low} to {high}": "X_all: {shape} {dtype}  픽셀 값 범위 {low} ~ {high}",
    "y_all: {shape}  images per digit: {counts}": "y_all: {shape}  숫자별 이미지 수: {counts}",
    "linear softmax baseline": "선형 소프트맥스 기준 모델",
    "baseline": "기준 모델",
    "chosen MLP 64-{width}-10": "고른 MLP 64-{width}-10",
    "validation accuracy, {name:24s} {accuracy:.1%} ({wrong} of {total} wrong)":
        "검증 정확도, {name:24s} {accuracy:.1%} ({total}개 중 {wrong}개 틀림)",
    "with weight decay 0.05: validation loss {loss:.3f} at epoch 40 (without: lowest {lowest:.3f} at epoch "
    "{epoch}, {last:.3f} at epoch 40); validation accuracy {accuracy:.1%} (without: {plain:.1%})":
        "가중치 감쇠 0.05: 에포크 40의 검증 손실 {loss:.3f} (감쇠가 없으면 에포크 {epoch}에서 가장 낮은 {lowest:.3f}, "
        "에포크 40에서 {last:.3f}), 검증 정확도 {accuracy:.1%} (감쇠가 없으면 {plain:.1%})",
    "input pixels": "입력 픽셀",
    "hidden layer 1": "은닉층 1",
    "hidden layer 2": "은닉층 2",
    "output scores": "출력 점수",
    "{name:14s} ({numbers:3d} numbers): nearest class centre right for {right:.1%}, "
    "spread between / within classes {ratio:.2f}":
        "{name:14s} (값 {numbers:3d}개): 가장 가까운 클래스 중심이 맞는 비율 {right:.1%}, "
        "클래스 사이 / 클래스 안 퍼짐의 비 {ratio:.2f}",
    # labels that lessons 01-06 print beside their numbers (issue 25: a Korean notebook prints no English words)
    "{gate} predictions: {predictions}  targets: {targets}":
        "{gate} 예측: {predictions}  목표값: {targets}",
    "AND distances: {d}":
        "AND 거리: {d}",
    "OR distances:  {d}":
        "OR 거리:  {d}",
    "signed distances: {d}":
        "부호 있는 거리: {d}",
    "best_line_accuracy on {gate}: {accuracy:.2f}":
        "{gate}에서 best_line_accuracy: {accuracy:.2f}",
    "final loss: {loss}":
        "마지막 손실: {loss}",
    "outputs:    {outputs}  targets: {targets}":
        "출력:    {outputs}  목표값: {targets}",
    "seed 6 outputs: {outputs}  final loss: {loss}":
        "시드 6의 출력: {outputs}  마지막 손실: {loss}",
    "measured slope    : {slope}":
        "잰 기울기         : {slope}",
    "x(1 − x)  (wrong) : {values}":
        "x(1 − x)  (틀림)  : {values}",
    "tanh' at -2, 0, 2  : {grad}":
        "-2, 0, 2에서 tanh' : {grad}",
    "measured slope     : {slope}":
        "잰 기울기          : {slope}",
    "numerical Jacobian (M x D):\n {jacobian}":
        "수치로 잰 야코비 행렬 (M x D):\n {jacobian}",
    "equal to W.T: {same}":
        "W.T와 같은가: {same}",
    "max gate backward:\n {dx}":
        "max 게이트의 backward:\n {dx}",
    "ReLU layer backward:\n {dx}":
        "ReLU 층의 backward:\n {dx}",
    "outputs: {outputs}  targets: {targets}":
        "출력: {outputs}  목표값: {targets}",
    "PyTorch's dw: {dw}  dx: {dx}":
        "PyTorch의 dw: {dw}  dx: {dx}",
    "logits               {logits}":
        "로짓                  {logits}",
    "one sigmoid per class {p}  sum = {total}":
        "클래스마다 시그모이드 {p}  합 = {total}",
    "softmax              {p}  sum = {total}":
        "소프트맥스            {p}  합 = {total}",
    "naive softmax of [1000, 1001]:   {p}":
        "식 그대로 계산한 소프트맥스 [1000, 1001]:   {p}",
    "naive softmax of [-1000, -999]:  {p}":
        "식 그대로 계산한 소프트맥스 [-1000, -999]:  {p}",
    "stable softmax of [1000, 1001]: {p}":
        "안정한 소프트맥스 [1000, 1001]: {p}",
    "argmax of softmax: {classes}":
        "소프트맥스의 argmax: {classes}",
    "argmax of logits:  {classes}":
        "로짓의 argmax:       {classes}",
    "cross_entropy on rows (1-p, p): {loss:.6f}":
        "행 (1-p, p)의 cross_entropy:   {loss:.6f}",
    "analytic dz, first row:  {row}":
        "해석적 dz, 첫 행:   {row}",
    "numerical,   first row:  {row}":
        "수치 미분,  첫 행:  {row}",
    "X_blobs: {x}  y_blobs: {y}  counts: {counts}":
        "X_blobs: {x}  y_blobs: {y}  클래스별 개수: {counts}",
}
