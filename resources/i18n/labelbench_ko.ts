<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
    <name>Autolabel</name>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="95" />
        <source>Model and data</source>
        <translation>모델과 데이터</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="96" />
        <source>Choose a model file (.pt, .onnx) or OpenVINO folder</source>
        <translation>모델 파일(.pt, .onnx) 또는 OpenVINO 폴더 선택</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="97" />
        <source>folder, data.yaml or .txt list of images</source>
        <translation>폴더, data.yaml 또는 이미지 목록 .txt</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="98" />
        <source>Choose a folder of images</source>
        <translation>이미지 폴더 선택</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="99" />
        <source>beside the images (images/ → labels/)</source>
        <translation>이미지 옆 (images/ → labels/)</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="100" />
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="102" />
        <source>Choose the folder the label files go to (empty: beside the images)</source>
        <translation>라벨 파일을 저장할 폴더 선택 (비우면 이미지 옆)</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="104" />
        <source>as trained</source>
        <translation>학습 크기 그대로</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="107" />
        <source>auto (optimized for this machine)</source>
        <translation>자동 (이 컴퓨터에 최적화)</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="108" />
        <source>PyTorch (.pt as is)</source>
        <translation>PyTorch (.pt 그대로)</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="109" />
        <source>OpenVINO (cached export)</source>
        <translation>OpenVINO (변환본 캐시)</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="110" />
        <source>ONNX Runtime (cached export)</source>
        <translation>ONNX Runtime (변환본 캐시)</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="113" />
        <source>fast (fastest of int8 / bf16 / float32 passing a check)</source>
        <translation>빠르게 (검사를 통과한 int8 / bf16 / float32 중 가장 빠른 것)</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="114" />
        <source>exact (float32, = yolo predict)</source>
        <translation>정확하게 (float32, yolo predict와 동일)</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="115" />
        <source>int8 (calibrated on these images)</source>
        <translation>int8 (이 이미지들로 보정)</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="117" />
        <source>this machine</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="117" />
        <source>Ray cluster</source>
        <translation>Ray 클러스터</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="123" />
        <source>auto: a .pt is exported once to OpenVINO with Ultralytics' exporter (cached by the model's hash in the cache folder, never beside the model) and run there</source>
        <translation>자동: .pt 모델을 Ultralytics 변환기로 OpenVINO에 한 번 변환해 실행합니다 (모델 해시로 캐시 폴더에 저장, 모델 옆에는 쓰지 않음)</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="129" />
        <source>relabel images done with the same settings</source>
        <translation>같은 설정으로 끝난 이미지도 다시 라벨링</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="130" />
        <source>replace reviewed / hand-made labels</source>
        <translation>검수했거나 직접 만든 라벨 덮어쓰기</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="132" />
        <source>Ray cluster: workers infer on the cluster's nodes (pip install 'labelbench[ray]'), this app writes every label file and index row</source>
        <translation>Ray 클러스터: 추론은 클러스터 노드의 워커가 하고 (pip install 'labelbench[ray]'), 라벨 파일과 인덱스는 모두 이 앱이 씁니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="139" />
        <source>address: HOST:PORT or auto (empty: a private local Ray instance)</source>
        <translation>주소: HOST:PORT 또는 auto (비우면 이 컴퓨터 전용 Ray 인스턴스)</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="142" />
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="143" />
        <source>Source</source>
        <translation>원본</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="144" />
        <source>Labels to</source>
        <translation>라벨 저장 위치</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="145" />
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="146" />
        <source>NMS IoU</source>
        <translation>NMS IoU</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="147" />
        <source>Image size</source>
        <translation>이미지 크기</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="148" />
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="149" />
        <source>Backend</source>
        <translation>백엔드</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="150" />
        <source>Precision</source>
        <translation>연산 정밀도</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="151" />
        <source>Engine</source>
        <translation>실행 위치</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="152" />
        <source>Classes</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="244" />
        <location filename="../../app/gui/autolabel/settings_form.py" line="161" />
        <source>demo model (demo_yolov8n.pt)</source>
        <translation>데모 모델 (demo_yolov8n.pt)</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="255" />
        <source>Choose a detection model</source>
        <translation>검출 모델 선택</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="257" />
        <source>YOLO models (*.pt *.onnx *.xml);;All files (*)</source>
        <translation>YOLO 모델 (*.pt *.onnx *.xml);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="301" />
        <source>Folder of images to label</source>
        <translation>라벨링할 이미지 폴더</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="351" />
        <source>Folder for the label files</source>
        <translation>라벨 파일 폴더</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="373" />
        <source>Replace existing labels?</source>
        <translation>기존 라벨을 덮어쓸까요?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/settings_form.py" line="374" />
        <source>%Ln image(s) have labels that autolabel did not write (hand-made, imported or reviewed).

Replace them with the model's labels? They cannot be recovered afterwards.</source>
        <translation>
            <numerusform>이미지 %Ln장에 자동 라벨링이 만들지 않은 라벨(직접 만든 라벨, 가져온 라벨, 검수한 라벨)이 있습니다.

모델의 라벨로 덮어쓸까요? 덮어쓴 라벨은 되돌릴 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="63" />
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="64" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="65" />
        <source>Open review queue</source>
        <translation>검수 대기열 열기</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="183" />
        <location filename="../../app/gui/autolabel/pane.py" line="68" />
        <source>Ready.</source>
        <translation>준비됨.</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="77" />
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="294" />
        <location filename="../../app/gui/autolabel/pane.py" line="77" />
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="239" />
        <source>Choose a model and a source first.</source>
        <translation>먼저 모델과 원본을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="242" />
        <source>Tick at least one class.</source>
        <translation>클래스를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="245" />
        <source>Not started: the existing labels are kept (choose how above).</source>
        <translation>시작하지 않았습니다: 기존 라벨을 유지합니다 (위에서 처리 방법을 고르세요).</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="250" />
        <source>Loading the model…</source>
        <translation>모델 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="266" />
        <source>Loading the model</source>
        <translation>모델 불러오는 중</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="288" />
        <source>Cancelling: finishing the images in flight…</source>
        <translation>취소 중: 처리 중인 이미지를 마무리하는 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="316" />
        <source>images</source>
        <translation>장</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="323" />
        <source>skipped {n}: {why}</source>
        <translation>건너뜀 {n}장: {why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="325" />
        <source>&lt;b&gt;{labeled} labeled&lt;/b&gt;, {skipped} skipped, {failed} failed of {images} images in {seconds} s ({rate} img/s)&lt;br&gt;backend: {backend}</source>
        <translation>이미지 {images}장 중 &lt;b&gt;{labeled}장 라벨링&lt;/b&gt;, {skipped}장 건너뜀, {failed}장 실패 ({seconds}초, 초당 {rate}장)&lt;br&gt;백엔드: {backend}</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="338" />
        <source>&lt;br&gt;precision {why}</source>
        <translation>&lt;br&gt;연산 정밀도 {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/pane.py" line="341" />
        <source>&lt;br&gt;the model's view of %Ln image(s) with kept labels is stored in the dataset's index (Review and Browse draw it dashed)</source>
        <translation>
            <numerusform>&lt;br&gt;기존 라벨을 유지한 이미지 %Ln장의 모델 예측은 데이터셋 인덱스에 저장했습니다 (검수와 탐색 화면에 점선으로 표시)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="349" />
        <source>Auto-label finished: {n} labeled</source>
        <translation>자동 라벨링 완료: {n}장 라벨링</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="356" />
        <source>stopped</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="358" />
        <source>&lt;b&gt;Stopped:&lt;/b&gt; {line}</source>
        <translation>&lt;b&gt;중단됨:&lt;/b&gt; {line}</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="359" />
        <source>Auto-label stopped: {line}</source>
        <translation>자동 라벨링 중단: {line}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/pane.py" line="365" />
        <source>Cancelled after {done} of %Ln image(s). Labels written so far are kept; Start resumes where it stopped.</source>
        <translation>
            <numerusform>이미지 %Ln장 중 {done}장 처리 후 취소했습니다. 지금까지 쓴 라벨은 유지되며, 시작을 누르면 멈춘 곳부터 이어서 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/existing.py" line="22" />
        <source>Checking which images already have labels…</source>
        <translation>이미 라벨이 있는 이미지를 확인하는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/existing.py" line="28" />
        <source> (%Ln labeled by an earlier run are labeled again only if the settings changed)</source>
        <translation>
            <numerusform> (이전 실행에서 라벨링한 %Ln장은 설정이 바뀐 경우에만 다시 라벨링)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/existing.py" line="34" />
        <source>None of the %Ln image(s) has labels autolabel did not write: every image is labeled in place</source>
        <translation>
            <numerusform>이미지 %Ln장 중 자동 라벨링이 만들지 않은 라벨은 없습니다: 모든 이미지를 제자리에 라벨링합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/existing.py" line="43" />
        <source>&lt;b&gt;{count} of %Ln image(s) already have labels that autolabel did not write&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;이미지 %Ln장 중 {count}장에 자동 라벨링이 만들지 않은 라벨이 이미 있습니다&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/existing.py" line="48" />
        <source>&lt;b&gt;%Ln were reviewed or edited by a person&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln장은 사람이 검수하거나 수정했습니다&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/existing.py" line="49" />
        <source> (e.g. {example})</source>
        <translation> (예: {example})</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/existing.py" line="53" />
        <source>. What should happen to them? Either way the model's predictions are stored in the dataset's index, so Review and Evaluate show them next to the labels.</source>
        <translation>. 이 라벨들을 어떻게 할까요? 어느 쪽이든 모델 예측은 데이터셋 인덱스에 저장되어 검수와 평가 화면에서 라벨 옆에 보입니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/existing.py" line="86" />
        <source>Images that already have labels</source>
        <translation>이미 라벨이 있는 이미지</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/existing.py" line="88" />
        <source>Keep them, and label every image into a separate folder (Labels to)</source>
        <translation>유지하고, 모든 이미지를 별도 폴더에 라벨링 (라벨 저장 위치)</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/existing.py" line="90" />
        <source>Keep them, and label only the images without labels</source>
        <translation>유지하고, 라벨이 없는 이미지만 라벨링</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/existing.py" line="91" />
        <source>Replace them with the model's labels (asks to confirm)</source>
        <translation>모델의 라벨로 덮어쓰기 (확인을 묻습니다)</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/run_preview.py" line="36" />
        <source>The latest labeled image appears here while a run is going.</source>
        <translation>실행 중에는 가장 최근에 라벨링한 이미지가 여기에 보입니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/run_preview.py" line="41" />
        <source>{name}: %n box(es)</source>
        <translation>
            <numerusform>{name}: 박스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/run_preview.py" line="50" />
        <source>Problems: %n image(s) skipped</source>
        <translation>
            <numerusform>문제: 이미지 %n장 건너뜀</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/run_preview.py" line="52" />
        <source>Problems: none</source>
        <translation>문제: 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/class_list.py" line="75" />
        <location filename="../../app/gui/autolabel/class_list.py" line="53" />
        <source>reading class names…</source>
        <translation>클래스 이름 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/class_list.py" line="78" />
        <source>refused: {name} would run code when loaded</source>
        <translation>거부함: {name}은(는) 불러올 때 코드를 실행합니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/class_list.py" line="89" />
        <source>This model file holds more than the model classes a checkpoint needs: loading it runs code stored in the file, with your permissions.

Load it only if you trust where it came from. Load it anyway?</source>
        <translation>이 모델 파일에는 체크포인트에 필요한 모델 클래스 말고도 다른 것이 들어 있습니다: 불러오면 파일 안의 코드가 사용자 권한으로 실행됩니다.

출처를 믿을 수 있을 때만 불러오세요. 그래도 불러올까요?</translation>
    </message>
</context><context>
    <name>Browse</name>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="97" />
        <source>Labels</source>
        <translation>라벨</translation>
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="98" />
        <source>Draw the image's label file (solid boxes)</source>
        <translation>이미지의 라벨 파일 표시 (실선 박스)</translation>
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="99" />
        <source>Predictions</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="101" />
        <source>Draw the model's predictions stored by the last auto-label run (dashed)</source>
        <translation>마지막 자동 라벨링이 저장한 모델 예측 표시 (점선)</translation>
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="104" />
        <source>Next image</source>
        <translation>다음 이미지</translation>
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="104" />
        <source>Next image of the Images list</source>
        <translation>이미지 목록의 다음 이미지</translation>
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="105" />
        <source>Previous image</source>
        <translation>이전 이미지</translation>
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="105" />
        <source>Previous image of the Images list</source>
        <translation>이미지 목록의 이전 이미지</translation>
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="121" />
        <source>Open a folder or a dataset (File menu) and pick an image on the left.</source>
        <translation>폴더나 데이터셋을 열고 (파일 메뉴) 왼쪽에서 이미지를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="127" />
        <source>(shown at {percent} of full size)</source>
        <translation>(원본의 {percent} 크기로 표시)</translation>
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="174" />
        <source>Loaded {path}</source>
        <translation>불러옴: {path}</translation>
    </message>
</context><context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="55" />
        <source>Image: {command}</source>
        <translation>이미지: {command}</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="63" />
        <source>Window (menus)</source>
        <translation>창 (메뉴)</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="126" />
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="133" />
        <source>none (File ▸ Choose Model…)</source>
        <translation>없음 (파일 ▸ 모델 선택…)</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="137" />
        <source>none (File ▸ Open Folder… / Open Dataset…)</source>
        <translation>없음 (파일 ▸ 폴더 열기… / 데이터셋 열기…)</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="142" />
        <source>A desktop workbench for object-detection datasets: tune OpenCV processing live, bulk auto-label image folders with an Ultralytics YOLO model, correct the labels by hand (least sure first), find the labels most likely wrong, evaluate a detector and train one.</source>
        <translation>객체 검출 데이터셋을 위한 데스크톱 작업대입니다: OpenCV 처리를 실시간으로 조정하고, Ultralytics YOLO 모델로 이미지 폴더를 한꺼번에 자동 라벨링하고, 라벨을 직접 고치고 (신뢰도가 낮은 것부터), 틀렸을 가능성이 높은 라벨을 찾고, 검출 모델을 평가하고 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="149" />
        <source>&lt;b&gt;Model:&lt;/b&gt; {model}&lt;br&gt;&lt;b&gt;Dataset:&lt;/b&gt; {data}</source>
        <translation>&lt;b&gt;모델:&lt;/b&gt; {model}&lt;br&gt;&lt;b&gt;데이터셋:&lt;/b&gt; {data}</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="151" />
        <source>&lt;b&gt;Read more&lt;/b&gt; in Help ▸ Manual (the Markdown in resources/docs/), chapters: {chapters}; the overview is README.md. Every key: Help ▸ Keyboard shortcuts.</source>
        <translation>&lt;b&gt;자세한 내용&lt;/b&gt;은 도움말 ▸ 사용 설명서 (resources/docs/의 Markdown), 장: {chapters}; 개요는 README.md에 있습니다. 모든 단축키: 도움말 ▸ 단축키.</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="157" />
        <source>&lt;b&gt;Licence:&lt;/b&gt; {licence} (the LICENSE file).</source>
        <translation>&lt;b&gt;라이선스:&lt;/b&gt; {licence} (LICENSE 파일).</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="176" />
        <source>About LabelBench</source>
        <translation>LabelBench 정보</translation>
    </message>
</context><context>
    <name>JobPanel</name>
    <message>
        <location filename="../../app/gui/common/job_panel.py" line="20" />
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
</context><context>
    <name>JobState</name>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="20" />
        <source>at epoch {epoch}/{epochs}</source>
        <translation>에포크 {epoch}/{epochs}에서</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="22" />
        <source>before the first epoch</source>
        <translation>첫 에포크 전에</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="24" />
        <source>failed {at}: {failure}</source>
        <translation>{at} 실패: {failure}</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="26" />
        <source>killed {at}</source>
        <translation>{at} 강제 종료됨</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="28" />
        <source>stopped {at}</source>
        <translation>{at} 중단됨</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="30" />
        <source>ended early {at} (patience)</source>
        <translation>{at} 조기 종료됨 (patience)</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="32" />
        <source>finished {epochs}/{epochs} epochs</source>
        <translation>에포크 {epochs}/{epochs} 완료</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="33" />
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="283" />
        <location filename="../../app/gui/common/state_text.py" line="41" />
        <source>  (paused)</source>
        <translation>  (일시 정지)</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="42" />
        <source>elapsed {time}</source>
        <translation>경과 {time}</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="44" />
        <source>Preparing</source>
        <translation>준비 중</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="46" />
        <source>ETA</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="59" />
        <source>{what} finished: {done} of {total}</source>
        <translation>{what} 완료: {total}개 중 {done}개</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="61" />
        <source>{what} finished: {total}</source>
        <translation>{what} 완료: {total}개</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="63" />
        <source>{what} cancelled after {done} of {total}</source>
        <translation>{what} 취소: {total}개 중 {done}개 처리 후</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="65" />
        <source>{what} failed after {done} of {total}</source>
        <translation>{what} 실패: {total}개 중 {done}개 처리 후</translation>
    </message>
</context><context>
    <name>Keys</name>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="97" />
        <source>Keyboard</source>
        <translation>키보드</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="99" />
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="99" />
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="99" />
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="101" />
        <source>New key:</source>
        <translation>새 키:</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="102" />
        <source>Click here and press the key (with Ctrl, Shift or Alt if wanted)</source>
        <translation>여기를 누르고 원하는 키를 누르세요 (Ctrl, Shift, Alt 조합 가능)</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="103" />
        <source>Set</source>
        <translation>지정</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="104" />
        <source>No key</source>
        <translation>키 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="105" />
        <source>Default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="106" />
        <source>Key set:</source>
        <translation>키 세트:</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="107" />
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="108" />
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="109" />
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="159" />
        <source>no key</source>
        <translation>키 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="160" />
        <source>“{action}” now answers {keys}.</source>
        <translation>이제 {keys} 키로 “{action}”을(를) 실행합니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="167" />
        <source>Pick an action in the table first.</source>
        <translation>먼저 표에서 동작을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="191" />
        <source>Key set “{name}” applied.</source>
        <translation>키 세트 “{name}”을(를) 적용했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="197" />
        <source>Cannot import: {error}</source>
        <translation>가져올 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="201" />
        <source>Keys imported from {path}.</source>
        <translation>{path}에서 키를 가져왔습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="207" />
        <source>Keys exported to {path}.</source>
        <translation>{path}(으)로 키를 내보냈습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="211" />
        <source>Import keys</source>
        <translation>키 가져오기</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="218" />
        <location filename="../../app/gui/keys/dialog.py" line="211" />
        <source>Key bindings (*.json)</source>
        <translation>키 설정 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="218" />
        <source>Export keys</source>
        <translation>키 내보내기</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/presets.py" line="14" />
        <source>LabelBench (defaults)</source>
        <translation>LabelBench (기본값)</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/presets.py" line="15" />
        <source>labelImg</source>
        <translation>labelImg</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/presets.py" line="16" />
        <source>X-AnyLabeling</source>
        <translation>X-AnyLabeling</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/registry.py" line="49" />
        <source>{key} is already the key of “{action}” ({where}): choose another key, or change that one first.</source>
        <translation>{key}은(는) 이미 “{action}”({where})의 키입니다: 다른 키를 고르거나, 그 동작의 키를 먼저 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/keys/registry.py" line="88" />
        <source>Window</source>
        <translation>창</translation>
    </message>
</context><context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="120" />
        <source>Dataset index</source>
        <translation>데이터셋 인덱스</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="206" />
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="240" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="241" />
        <source>Open &amp;Folder…</source>
        <translation>폴더 열기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="242" />
        <source>Open &amp;Dataset (data.yaml)…</source>
        <translation>데이터셋 열기(&amp;D) (data.yaml)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="243" />
        <source>Choose &amp;Model…</source>
        <translation>모델 선택(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="244" />
        <source>Open &amp;Recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="245" />
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="246" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="247" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="248" />
        <source>&amp;Panes</source>
        <translation>화면(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="249" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="250" />
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="251" />
        <source>&amp;Keyboard…</source>
        <translation>키보드(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="252" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="253" />
        <source>&amp;Manual</source>
        <translation>사용 설명서(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="254" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="255" />
        <source>&amp;Reset Demo Dataset…</source>
        <translation>데모 데이터셋 초기화(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="256" />
        <source>&amp;About LabelBench</source>
        <translation>LabelBench 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="259" />
        <location filename="../../app/gui/main_window.py" line="258" />
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="260" />
        <source>Filter file names…</source>
        <translation>파일 이름 필터…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="262" />
        <source>Zoom of the image in front (View ▸ Zoom In / Zoom Out / Fit / 100 %)</source>
        <translation>현재 이미지의 배율 (보기 ▸ 확대 / 축소 / 창에 맞추기 / 100 %)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="265" />
        <source>Detection model used by auto-label and evaluate (File ▸ Choose Model)</source>
        <translation>자동 라벨링과 평가에 쓰는 검출 모델 (파일 ▸ 모델 선택)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="282" />
        <source>Model: {name}</source>
        <translation>모델: {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="284" />
        <source>No model</source>
        <translation>모델 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="290" />
        <source>No folder open</source>
        <translation>열린 폴더 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="292" />
        <source>Indexing…</source>
        <translation>색인 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/main_window.py" line="294" />
        <source>%Ln image(s)…</source>
        <translation>
            <numerusform>이미지 %Ln장…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/main_window.py" line="296" />
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>이미지 %Ln장</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="310" />
        <source>This pane failed to load:</source>
        <translation>이 화면을 불러오지 못했습니다:</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="317" />
        <source>This pane failed to start:</source>
        <translation>이 화면을 시작하지 못했습니다:</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="353" />
        <source>Open folder of images</source>
        <translation>이미지 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="360" />
        <source>Open dataset</source>
        <translation>데이터셋 열기</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="362" />
        <source>Dataset (*.yaml *.yml)</source>
        <translation>데이터셋 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="370" />
        <source>Choose detection model</source>
        <translation>검출 모델 선택</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="372" />
        <source>Models (*.pt *.onnx *.xml);;All files (*)</source>
        <translation>모델 (*.pt *.onnx *.xml);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="380" />
        <source>Checking {name}…</source>
        <translation>{name} 확인 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/main_window.py" line="385" />
        <source>Model: {path} (%n class(es))</source>
        <translation>
            <numerusform>모델: {path} (클래스 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="400" />
        <source>Cannot open</source>
        <translation>열 수 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="409" />
        <source>Demo dataset: your copy in {root} (Help ▸ Reset Demo Dataset makes it afresh)</source>
        <translation>데모 데이터셋: {root}에 있는 사용자 사본 (도움말 ▸ 데모 데이터셋 초기화로 새로 만들 수 있음)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="415" />
        <source>Opened {path}</source>
        <translation>열림: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/main_window.py" line="417" />
        <source> — %n class(es)</source>
        <translation>
            <numerusform> — 클래스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="436" />
        <source>LabelBench — demo, your copy ({path})</source>
        <translation>LabelBench — 데모, 사용자 사본 ({path})</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="462" />
        <source>Last image of the list</source>
        <translation>목록의 마지막 이미지입니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="464" />
        <source>First image of the list</source>
        <translation>목록의 첫 이미지입니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/main_window.py" line="481" />
        <source>Indexed %Ln image(s)</source>
        <translation>
            <numerusform>이미지 %Ln장 색인 완료</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="584" />
        <location filename="../../app/gui/main_window.py" line="568" />
        <source>Reset demo dataset</source>
        <translation>데모 데이터셋 초기화</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="569" />
        <source>Replace the demo dataset in {path} with a fresh copy of the bundled one?

Labels, reviews, auto-labels and training runs made in it are lost.</source>
        <translation>{path}의 데모 데이터셋을 포함된 원본의 새 사본으로 바꿀까요?

그 안에서 만든 라벨, 검수, 자동 라벨, 학습 기록은 사라집니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="589" />
        <source>Demo dataset reset: a fresh copy in {path}</source>
        <translation>데모 데이터셋 초기화: {path}에 새 사본</translation>
    </message>
</context><context>
    <name>Manual</name>
    <message>
        <location filename="../../app/gui/common/manual.py" line="54" />
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="55" />
        <source>Getting started</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="56" />
        <source>Process</source>
        <translation>영상 처리</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="57" />
        <source>Auto-label</source>
        <translation>자동 라벨링</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="58" />
        <source>Ray</source>
        <translation>Ray</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="59" />
        <source>Review and audit</source>
        <translation>검수와 라벨 점검</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="60" />
        <source>Snap to the object</source>
        <translation>객체에 맞추기</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="61" />
        <source>Evaluate</source>
        <translation>평가</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="62" />
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="63" />
        <source>Formats and safety</source>
        <translation>형식과 안전</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="64" />
        <source>Language and keys</source>
        <translation>언어와 단축키</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="65" />
        <source>Benchmarks</source>
        <translation>벤치마크</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="66" />
        <source>Development</source>
        <translation>개발</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="124" />
        <source>LabelBench manual</source>
        <translation>LabelBench 사용 설명서</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="150" />
        <source>Find in the manual…</source>
        <translation>설명서에서 찾기…</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="254" />
        <source>not found</source>
        <translation>찾지 못함</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="259" />
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="380" />
        <source>Manual: {chapter}</source>
        <translation>사용 설명서: {chapter}</translation>
    </message>
</context><context>
    <name>ModelCheck</name>
    <message>
        <location filename="../../app/gui/common/model_check.py" line="77" />
        <source>{name}: no such file or folder</source>
        <translation>{name}: 파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/model_check.py" line="97" />
        <source>{name}: not a detection model LabelBench can read ({detail})</source>
        <translation>{name}: LabelBench가 읽을 수 있는 검출 모델이 아닙니다 ({detail})</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/model_check.py" line="101" />
        <source>{name}: a {task} model; LabelBench needs a detection model</source>
        <translation>{name}: {task} 모델입니다; LabelBench에는 검출(detect) 모델이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/model_check.py" line="105" />
        <source>{name}: no class names found in the model</source>
        <translation>{name}: 모델에 클래스 이름이 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/class_list.py" line="87" />
        <location filename="../../app/gui/common/model_check.py" line="139" />
        <source>Load a model that can run code?</source>
        <translation>코드를 실행할 수 있는 모델을 불러올까요?</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/model_check.py" line="141" />
        <source>This model file holds more than the model classes a checkpoint needs: loading it runs code stored in the file, with your permissions.

Use it only if you trust where it came from. Use it anyway?</source>
        <translation>이 모델 파일에는 체크포인트에 필요한 모델 클래스 말고도 다른 것이 들어 있습니다: 불러오면 파일 안의 코드가 사용자 권한으로 실행됩니다.

출처를 믿을 수 있을 때만 사용하세요. 그래도 사용할까요?</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/model_check.py" line="151" />
        <source>{name}: not used (it would run code when loaded)</source>
        <translation>{name}: 사용하지 않음 (불러올 때 코드를 실행함)</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/model_check.py" line="170" />
        <source>Not a detection model</source>
        <translation>검출 모델이 아님</translation>
    </message>
</context><context>
    <name>PaneCommands</name>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="29" />
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="31" />
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="32" />
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="33" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="34" />
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="37" />
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="38" />
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="39" />
        <source>&amp;Fit to Window</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="40" />
        <source>&amp;100 %</source>
        <translation>100 %(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="62" />
        <source>Zoom {percent} %</source>
        <translation>배율 {percent} %</translation>
    </message>
</context><context>
    <name>Panes</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="56" />
        <source>Browse</source>
        <translation>탐색</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="57" />
        <source>Process</source>
        <translation>영상 처리</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="58" />
        <source>Auto-label</source>
        <translation>자동 라벨링</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="59" />
        <source>Review</source>
        <translation>검수</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="60" />
        <source>Evaluate</source>
        <translation>평가</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="432" />
        <location filename="../../app/gui/main_window.py" line="61" />
        <source>Training</source>
        <translation>학습</translation>
    </message>
</context><context>
    <name>Training</name>
    <message>
        <location filename="../../app/gui/training/form.py" line="31" />
        <source>Reviewed images</source>
        <translation>검수한 이미지</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="32" />
        <source>The images accepted in Review, exported with links into a training folder</source>
        <translation>검수에서 승인한 이미지를 링크로 학습 폴더에 내보냅니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="35" />
        <source>The open data.yaml</source>
        <translation>열린 data.yaml</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="36" />
        <source>The open data.yaml as it is, its own train and val lists</source>
        <translation>열린 data.yaml을 그대로, 그 안의 train/val 목록으로</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="106" />
        <source>Training data</source>
        <translation>학습 데이터</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="108" />
        <source>no dataset open</source>
        <translation>열린 데이터셋 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="113" />
        <source>What to train on: {choices}</source>
        <translation>학습 대상: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="114" />
        <source>split seed (the same seed gives the same split)</source>
        <translation>분할 시드 (같은 시드는 같은 분할을 만듭니다)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="115" />
        <source>stratify by class</source>
        <translation>클래스별 층화 분할</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="117" />
        <source>A family .yaml trains from random initialisation; a local .pt fine-tunes it. Nothing is downloaded.</source>
        <translation>모델 계열 .yaml은 무작위 초기화에서 학습하고, 로컬 .pt는 미세 조정합니다. 아무것도 내려받지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="122" />
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="124" />
        <source>auto: Ultralytics' optimizer=auto picks it; a value trains with SGD at that rate</source>
        <translation>자동: Ultralytics의 optimizer=auto가 고릅니다; 값을 넣으면 그 학습률로 SGD 학습</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="126" />
        <source>runs folder (default: &lt;dataset&gt;/.labelbench/runs)</source>
        <translation>실행 폴더 (기본: &lt;dataset&gt;/.labelbench/runs)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="127" />
        <source>Model and settings</source>
        <translation>모델과 설정</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="130" />
        <source>Train on</source>
        <translation>학습 대상</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="131" />
        <source>Val fraction</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="132" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="112" />
        <location filename="../../app/gui/training/form.py" line="163" />
        <location filename="../../app/gui/training/form.py" line="135" />
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="136" />
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="137" />
        <source>Image size</source>
        <translation>이미지 크기</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="138" />
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="140" />
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="141" />
        <source>Runs folder</source>
        <translation>실행 폴더</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="112" />
        <location filename="../../app/gui/training/form.py" line="163" />
        <source>YOLO models (*.pt *.yaml)</source>
        <translation>YOLO 모델 (*.pt *.yaml)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="125" />
        <source>Start training</source>
        <translation>학습 시작</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="128" />
        <source>idle</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="129" />
        <source>Runs (checked ones are plotted)</source>
        <translation>학습 기록 (체크한 것을 그래프에 표시)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="130" />
        <source>Open run folder…</source>
        <translation>실행 폴더 열기…</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="131" />
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="132" />
        <source>Use best.pt for auto-labeling</source>
        <translation>best.pt로 자동 라벨링</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="133" />
        <source>Model table and speed here…</source>
        <translation>모델 표와 이 컴퓨터의 속도…</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="134" />
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="134" />
        <source>Runs</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="144" />
        <source>Open a finished run folder or start a training run to see its curves and the diagnosis.</source>
        <translation>끝난 실행 폴더를 열거나 학습을 시작하면 학습 곡선과 진단이 여기에 보입니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="152" />
        <source>Kill</source>
        <translation>강제 종료</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="154" />
        <source>Terminate the training process now (the last saved epoch's weights stay)</source>
        <translation>학습 프로세스를 지금 끝냅니다 (마지막으로 저장된 에포크의 가중치는 남습니다)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="157" />
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="159" />
        <source>Finish the current batch, validate, save the weights and end the run</source>
        <translation>현재 배치를 마치고 검증한 뒤 가중치를 저장하고 학습을 끝냅니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="275" />
        <source>Stop the training before removing its run from the list</source>
        <translation>목록에서 제거하기 전에 학습을 중지하세요</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="298" />
        <source>Open an Ultralytics run folder</source>
        <translation>Ultralytics 실행 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="303" />
        <source>Open run</source>
        <translation>실행 열기</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="310" />
        <source>This run has no weights/best.pt yet</source>
        <translation>이 실행에는 아직 weights/best.pt가 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="313" />
        <source>Auto-label model: {path}</source>
        <translation>자동 라벨링 모델: {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="432" />
        <location filename="../../app/gui/training/pane.py" line="367" />
        <source>Open a dataset first (File menu).</source>
        <translation>먼저 데이터셋을 여세요 (파일 메뉴).</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="387" />
        <source>{train} to train on, {val} to validate with</source>
        <translation>학습 {train}, 검증 {val}장</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="448" />
        <location filename="../../app/gui/training/pane.py" line="447" />
        <source>exporting the reviewed images…</source>
        <translation>검수한 이미지 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="457" />
        <source>{train} image(s) to train on and {val} to validate with: a run needs both. Review more images, or lower the val fraction / untick stratify.</source>
        <translation>학습 이미지 {train}장, 검증 이미지 {val}장: 학습에는 둘 다 필요합니다. 이미지를 더 검수하거나, 검증 비율을 낮추거나 층화 분할을 끄세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="464" />
        <source>exported {train} train + {val} val images ({rule})</source>
        <translation>학습 {train}장 + 검증 {val}장 내보냄 ({rule})</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="469" />
        <source>starting the training process…</source>
        <translation>학습 프로세스 시작 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="479" />
        <source>training → {path}</source>
        <translation>학습 중 → {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="507" />
        <source>killing…</source>
        <translation>강제 종료 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="512" />
        <source>stopping after this batch…</source>
        <translation>이번 배치 후 중지하는 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="524" />
        <source>epoch {epoch}/{epochs} · batch {batch}/{batches}</source>
        <translation>에포크 {epoch}/{epochs} · 배치 {batch}/{batches}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="527" />
        <source>epoch {epoch}/{epochs} done</source>
        <translation>에포크 {epoch}/{epochs} 완료</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="545" />
        <source>Training {outcome}</source>
        <translation>학습 {outcome}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="15" />
        <source>Overfitting</source>
        <translation>과적합</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="16" />
        <source>Linear curve: learning rate too low</source>
        <translation>직선 곡선: 학습률이 너무 낮음</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="17" />
        <source>Small decrease: learning rate too high</source>
        <translation>감소 폭이 작음: 학습률이 너무 높음</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="18" />
        <source>Large oscillation: batch too small</source>
        <translation>큰 진동: 배치가 너무 작음</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="19" />
        <source>Healthy</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="48" />
        <source>(training…)</source>
        <translation>(학습 중…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/training/runs.py" line="49" />
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>에포크 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="56" />
        <source>best epoch {epoch}</source>
        <translation>최고 에포크 {epoch}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="57" />
        <source>(by {metric} = {value})</source>
        <translation>({metric} = {value} 기준)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="60" />
        <source>lowest val loss at epoch {epoch}</source>
        <translation>검증 손실 최저: 에포크 {epoch}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="61" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="62" />
        <source>overfitting onset: &lt;b&gt;{epoch}&lt;/b&gt;</source>
        <translation>과적합 시작: &lt;b&gt;{epoch}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="67" />
        <source>heuristic</source>
        <translation>경험적 판단</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="71" />
        <source> @ epoch {epoch}</source>
        <translation> @ 에포크 {epoch}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="73" />
        <source>rule: {rule}</source>
        <translation>규칙: {rule}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="80" />
        <source>note: {note}</source>
        <translation>참고: {note}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="31" />
        <source>model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="32" />
        <source>size (px)</source>
        <translation>크기 (px)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="34" />
        <source>CPU ONNX ms
(published)</source>
        <translation>CPU ONNX ms
(공개 수치)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="35" />
        <source>A100 TensorRT ms
(published)</source>
        <translation>A100 TensorRT ms
(공개 수치)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="36" />
        <source>params (M)</source>
        <translation>파라미터 (M)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="37" />
        <source>FLOPs (B)</source>
        <translation>연산량 FLOPs (B)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="38" />
        <source>CPU ms here
(PyTorch, batch 1)</source>
        <translation>이 컴퓨터 CPU ms
(PyTorch, 배치 1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="45" />
        <source>YOLO models: published figures and speed on this machine</source>
        <translation>YOLO 모델: 공개 수치와 이 컴퓨터에서의 속도</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="58" />
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="64" />
        <source>The published figures are at 640 px</source>
        <translation>공개 수치는 640 px 기준입니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="65" />
        <source>Measure speed here</source>
        <translation>이 컴퓨터에서 속도 측정</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="70" />
        <source>Published: Ultralytics YOLOv8 table (COCO val2017, 640 px). Measured here: median inference time of 10 runs after 2 warm-up runs, batch 1, PyTorch on this CPU (ONNX/OpenVINO exports are usually faster).</source>
        <translation>공개 수치: Ultralytics YOLOv8 표 (COCO val2017, 640 px). 이 컴퓨터 측정: 예열 2회 후 10회 추론 시간의 중앙값, 배치 1, 이 CPU의 PyTorch (ONNX/OpenVINO 변환본은 보통 더 빠릅니다).</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="80" />
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="83" />
        <source>size:</source>
        <translation>크기:</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="134" />
        <source>{name} (yours)</source>
        <translation>{name} (내 모델)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="149" />
        <source>Measurement failed: {error}</source>
        <translation>측정 실패: {error}</translation>
    </message>
</context></TS>
