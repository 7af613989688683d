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
        <location filename="../../app/gui/autolabel/pane.py" line="315" />
        <source>images</source>
        <translation>장</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="322" />
        <source>skipped {n}: {why}</source>
        <translation>건너뜀 {n}장: {why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="324" />
        <source>&lt;b&gt;{labeled} labeled&lt;/b&gt;, {skipped} skipped, {failed} failed of {images} images in {seconds} s ({rate} img/s)&lt;br&gt;backend: {backend}</source>
        <translation>이미지 {images}장 중 &lt;b&gt;{labeled}장 라벨링&lt;/b&gt;, {skipped}장 건너뜀, {failed}장 실패 ({seconds}초, 초당 {rate}장)&lt;br&gt;백엔드: {backend}</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="337" />
        <source>&lt;br&gt;precision {why}</source>
        <translation>&lt;br&gt;연산 정밀도 {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/pane.py" line="340" />
        <source>&lt;br&gt;the model's view of %Ln image(s) with kept labels is stored in the dataset's index (Review and Browse draw it dashed)</source>
        <translation>
            <numerusform>&lt;br&gt;기존 라벨을 유지한 이미지 %Ln장의 모델 예측은 데이터셋 인덱스에 저장했습니다 (검수와 탐색 화면에 점선으로 표시)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="348" />
        <source>Auto-label finished: {n} labeled</source>
        <translation>자동 라벨링 완료: {n}장 라벨링</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="355" />
        <source>stopped</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="357" />
        <source>&lt;b&gt;Stopped:&lt;/b&gt; {line}</source>
        <translation>&lt;b&gt;중단됨:&lt;/b&gt; {line}</translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="358" />
        <source>Auto-label stopped: {line}</source>
        <translation>자동 라벨링 중단: {line}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/pane.py" line="364" />
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
    <name>ConfusionMatrix</name>
    <message>
        <location filename="../../widgets/plots/confusion_matrix.py" line="62" />
        <location filename="../../widgets/plots/confusion_matrix.py" line="55" />
        <source>background</source>
        <translation>배경</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/confusion_matrix.py" line="102" />
        <source>bg</source>
        <translation>배경</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/confusion_matrix.py" line="138" />
        <source>{share} of true '{name}'</source>
        <translation>실제 '{name}'의 {share}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/plots/confusion_matrix.py" line="142" />
        <source>%n box(es)</source>
        <translation>
            <numerusform>박스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/plots/confusion_matrix.py" line="143" />
        <source>predicted &lt;b&gt;{pred}&lt;/b&gt;, true &lt;b&gt;{true}&lt;/b&gt;: {what}&lt;br&gt;click: open these boxes</source>
        <translation>예측 &lt;b&gt;{pred}&lt;/b&gt;, 실제 &lt;b&gt;{true}&lt;/b&gt;: {what}&lt;br&gt;클릭: 이 박스들 열기</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/confusion_matrix.py" line="208" />
        <source>predicted (rows)</source>
        <translation>예측 (행)</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/confusion_matrix.py" line="219" />
        <source>true class  →  (columns)   ·   normalized per column</source>
        <translation>실제 클래스  →  (열)   ·   열마다 정규화</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/confusion_matrix.py" line="224" />
        <location filename="../../widgets/plots/confusion_matrix.py" line="220" />
        <source>true class  →  (columns)</source>
        <translation>실제 클래스  →  (열)</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/confusion_matrix.py" line="223" />
        <source>true →  ·  per column</source>
        <translation>실제 →  ·  열마다</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/confusion_matrix.py" line="226" />
        <location filename="../../widgets/plots/confusion_matrix.py" line="226" />
        <source>true →</source>
        <translation>실제 →</translation>
    </message>
</context><context>
    <name>Core</name>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="20" />
        <source>The images hold no box of {missing} of the {classes} classes ({shown}{more}); the model will not learn to find them.</source>
        <translation>이미지에 클래스 {classes}개 중 {missing}개({shown}{more})의 박스가 하나도 없습니다. 모델은 이 클래스들을 찾도록 학습하지 못합니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="25" />
        <source> and {n} more</source>
        <translation> 외 {n}개</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="26" />
        <source>{n} reviewed image ({train} to train on, {val} to validate with at val fraction {fraction:g}): a run needs at least one of each. Review more images (Space in Review) first.</source>
        <translation>검수된 이미지 {n}장(검증 비율 {fraction:g}에서 학습 {train}장, 검증 {val}장): 학습에는 학습용과 검증용이 각각 1장 이상 필요합니다. 먼저 이미지를 더 검수하세요(검수 탭에서 Space).</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="31" />
        <source>{n} reviewed images ({train} to train on, {val} to validate with at val fraction {fraction:g}): a run needs at least one of each. Review more images (Space in Review) first.</source>
        <translation>검수된 이미지 {n}장(검증 비율 {fraction:g}에서 학습 {train}장, 검증 {val}장): 학습에는 학습용과 검증용이 각각 1장 이상 필요합니다. 먼저 이미지를 더 검수하세요(검수 탭에서 Space).</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="36" />
        <source>The {n} reviewed images hold no boxes: there is nothing to learn yet.</source>
        <translation>검수된 이미지 {n}장에 박스가 하나도 없습니다. 아직 학습할 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="37" />
        <source>This dataset has no class names (data.yaml or classes.txt), and a training run needs them: add the classes in Review first.</source>
        <translation>이 데이터셋에는 클래스 이름(data.yaml 또는 classes.txt)이 없고, 학습에는 클래스 이름이 필요합니다. 먼저 검수 탭에서 클래스를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="42" />
        <source>No reviewed image yet: accept images in Review (Space) to train on them, or train on the open data.yaml as it is.</source>
        <translation>아직 검수된 이미지가 없습니다. 검수 탭에서 이미지를 승인(Space)해 학습에 쓰거나, 열린 data.yaml 그대로 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="47" />
        <source>No data.yaml is open: open one (File ▸ Open Dataset) or train on the reviewed images.</source>
        <translation>열린 data.yaml이 없습니다. data.yaml을 열거나(파일 ▸ 데이터셋 열기) 검수된 이미지로 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="48" />
        <source>{name}: its train split holds no images, and a run needs some to train on.</source>
        <translation>{name}: train 분할에 이미지가 없습니다. 학습에는 학습할 이미지가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="49" />
        <source>{name}: its val split holds no images, and a run needs some to validate with.</source>
        <translation>{name}: val 분할에 이미지가 없습니다. 학습에는 검증할 이미지가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="54" />
        <source>heuristic: judged from the curve's shape alone, not a certainty</source>
        <translation>휴리스틱: 곡선의 모양만 보고 판단한 것으로, 확실하지는 않습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="55" />
        <source>none of the rules above applies</source>
        <translation>위 규칙 중 어느 것에도 해당하지 않음</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="56" />
        <source>highest val fitness as Ultralytics picks best.pt: mAP50-95 (detect, obb), mAP50-95(B) + mAP50-95(M) (segment), mAP50-95(B) + mAP50-95(P) (pose); first on a tie; lowest total val loss (the sum of the task's val/*_loss columns) when those are missing or all zero</source>
        <translation>Ultralytics가 best.pt를 고르는 방식대로 검증 fitness가 가장 높은 에포크: mAP50-95(detect, obb), mAP50-95(B) + mAP50-95(M)(segment), mAP50-95(B) + mAP50-95(P)(pose). 같으면 앞의 에포크. 이 열들이 없거나 모두 0이면 총 검증 손실(태스크의 val/*_loss 열의 합)이 가장 낮은 에포크</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="62" />
        <source>total val loss v, smoothed by a centred {w}-epoch moving average s; noise sigma = 1.4826 * median|second difference of v| / sqrt(6) (at least 1e-4 of its mean); minimum level L = min s; m = the epoch of the lowest v within 2 epochs of the last epoch where s &lt;= L + sigma/sqrt({w}) (s stays above that band after it). Overfitting when &gt;= {k} epochs follow m, the mean v of the last {end} epochs is more than {tol:.0%} of L and more than {z:g} sigma above L, the least-squares slope of v from m to the end has t &gt;= {t:g} (standard error from its residuals, at least sigma / sqrt(sum (x - mean x)^2)), and the train loss slope over the same epochs is negative; onset = m + 1, the first epoch of the rise</source>
        <translation>총 검증 손실 v를 {w}에포크 중심 이동 평균으로 평활화한 값 s, 잡음 sigma = 1.4826 * median|v의 2차 차분| / sqrt(6)(v 평균의 1e-4 이상), 최소 수준 L = min s, m = s &lt;= L + sigma/sqrt({w})인 마지막 에포크의 앞뒤 2에포크 안에서 v가 가장 낮은 에포크(그 뒤로 s는 이 범위 위에 머묾). 과적합: m 뒤에 에포크가 {k}개 이상 있고, 마지막 {end}개 에포크의 v 평균이 L보다 L의 {tol:.0%} 넘게, 그리고 {z:g} sigma 넘게 높고, m부터 끝까지 v의 최소제곱 기울기의 t &gt;= {t:g}(표준 오차는 잔차에서 구하되 sigma / sqrt(sum (x - mean x)^2) 이상)이며, 같은 에포크 동안 학습 손실의 기울기가 음수일 때. 시작 = m + 1, 상승이 시작되는 첫 에포크</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="73" />
        <source>train loss falls along a straight line (R^2 &gt;= {r2}) and its second half falls at least {ratio}x as much as its first half: no sign of converging</source>
        <translation>학습 손실이 직선을 따라 떨어지고(R^2 &gt;= {r2}) 후반부의 감소가 전반부의 {ratio}배 이상: 수렴하는 기미가 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="78" />
        <source>train loss falls less than {drop:.0%} from the first epoch and its second half moves less than {tail:.0%} of the first epoch's loss: it flattened early at a high loss</source>
        <translation>학습 손실이 첫 에포크보다 {drop:.0%} 미만으로 떨어지고 후반부의 변화가 첫 에포크 손실의 {tail:.0%} 미만: 높은 손실에서 일찍 평평해짐</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="83" />
        <source>&gt;= {reversals:.0%} of the epoch-to-epoch steps of the train loss change direction and it swings &gt;= {amplitude:.0%} of its level around the line through each epoch's neighbours</source>
        <translation>학습 손실의 에포크 간 변화 중 {reversals:.0%} 이상이 방향을 바꾸고, 각 에포크의 이웃을 잇는 선을 중심으로 손실 수준의 {amplitude:.0%} 이상 흔들림</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="88" />
        <source> (now lr0={now}; try {next})</source>
        <translation> (현재 lr0={now}, {next} 권장)</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="89" />
        <source> (optimizer=auto chose the rate in this run: set the optimizer and lr0 explicitly)</source>
        <translation> (이 실행에서는 optimizer=auto가 학습률을 정했습니다: optimizer와 lr0를 직접 지정하세요)</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="90" />
        <source> (now {now}; try {next})</source>
        <translation> (현재 {now}, {next} 권장)</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="91" />
        <source>no val/*_loss columns: overfitting cannot be judged</source>
        <translation>val/*_loss 열이 없어 과적합을 판단할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="92" />
        <source>no train/*_loss columns: curve shape cannot be judged</source>
        <translation>train/*_loss 열이 없어 곡선 모양을 판단할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="93" />
        <source>The loss curve oscillates widely (swing {amplitude:.0%} of its level, {reversals:.0%} of steps reverse): set the batch size higher{now}. {heuristic}.</source>
        <translation>손실 곡선이 크게 진동합니다(흔들림이 손실 수준의 {amplitude:.0%}, 변화의 {reversals:.0%}가 방향 전환). 배치 크기를 늘리세요{now}. {heuristic}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="98" />
        <source>The loss curve is linear (straight fall, R^2 {r2:.2f}, not levelling off): set the learning rate higher{now}, or train longer. {heuristic}.</source>
        <translation>손실 곡선이 선형입니다(직선으로 감소, R^2 {r2:.2f}, 수렴하지 않음). 학습률을 높이거나{now} 더 오래 학습하세요. {heuristic}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="103" />
        <source> (up {rise:.0%} by the last epoch)</source>
        <translation> (마지막 에포크까지 {rise:.0%} 상승)</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="104" />
        <source>{n} epoch(s): the curve shape needs at least {least} epochs</source>
        <translation>에포크 {n}개: 곡선 모양을 판단하려면 에포크가 {least}개 이상 필요합니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="105" />
        <source>No rule fired: no sustained validation-loss rise, and the training loss is neither linear, flat at a high level nor oscillating. Best epoch {best} (by {by}); Ultralytics keeps the weights with the best fitness ({fitness}) as best.pt.</source>
        <translation>해당하는 규칙이 없습니다. 검증 손실이 계속 오르지 않고, 학습 손실은 선형도, 높은 수준에서 평평하지도, 진동하지도 않습니다. 최고 에포크 {best}({by} 기준). Ultralytics는 fitness({fitness})가 가장 좋은 가중치를 best.pt로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="111" />
        <source>The loss decreases only a little ({drop:.0%} in all) and flattens from epoch {epoch} at a high loss: set the learning rate lower{now}. {heuristic}.</source>
        <translation>손실이 조금만 줄고(전체 {drop:.0%}) 에포크 {epoch}부터 높은 손실에서 평평해집니다. 학습률을 낮추세요{now}. {heuristic}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="116" />
        <source>Validation loss bottomed out at epoch {low} and rises steadily from epoch {onset}{up} while the training loss keeps falling: the model is fitting the training images. Use the weights of the best epoch ({best}), stop earlier (patience), add more varied labeled images or augmentation.</source>
        <translation>검증 손실이 에포크 {low}에서 가장 낮았다가 에포크 {onset}부터 꾸준히 오르는데{up} 학습 손실은 계속 내려갑니다. 모델이 학습 이미지에 과적합되고 있습니다. 최고 에포크({best})의 가중치를 쓰고, 더 일찍 멈추거나(patience), 더 다양한 라벨 이미지나 증강을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="127" />
        <source>class {c}</source>
        <translation>클래스 {c}</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="128" />
        <source>same {label} as line {line} (IoU {iou:.2f})</source>
        <translation>{line}번째 줄과 같은 {label} (IoU {iou:.2f})</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="129" />
        <source>model says {pred}, {conf:.2f} (label: {label})</source>
        <translation>모델 판단: {pred}, {conf:.2f} (라벨: {label})</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="130" />
        <source>model's {pred} box, {conf:.2f}, overlaps the label only {iou:.2f} IoU</source>
        <translation>모델의 {pred} 박스({conf:.2f})가 라벨과 IoU {iou:.2f}만큼만 겹침</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="131" />
        <source>model sees an unlabeled {pred}, {conf:.2f}</source>
        <translation>라벨 없는 {pred}을(를) 모델이 찾음, {conf:.2f}</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="132" />
        <source>model sees nothing at this {label}{near}</source>
        <translation>이 {label}에서 모델이 아무것도 찾지 못함{near}</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="133" />
        <source> (best nearby {conf:.2f})</source>
        <translation> (근처 최고 신뢰도 {conf:.2f})</translation>
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="139" />
        <source>Accuracy hides imbalance: with TP = 1,000,000, FN = 2, TN = 1, FP = 0 it is 0.9999 although the model found only 1 of 3 negatives. Read precision and recall per class.</source>
        <translation>정확도는 클래스 불균형을 가립니다: TP = 1,000,000, FN = 2, TN = 1, FP = 0이면 모델이 음성 3개 중 1개만 찾았는데도 정확도는 0.9999입니다. 클래스별 정밀도와 재현율을 보세요.</translation>
    </message>
</context><context>
    <name>Evaluate</name>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="78" />
        <source>Export JSON report…</source>
        <translation>JSON 보고서 내보내기…</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="79" />
        <source>Export PNG plots…</source>
        <translation>PNG 그래프 내보내기…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/pane.py" line="84" />
        <source>Audit findings (%Ln)</source>
        <translation>
            <numerusform>점검 결과 (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="84" />
        <source>Audit findings</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="115" />
        <source>Evaluation cancelled</source>
        <translation>평가를 취소했습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="118" />
        <source>Evaluating…</source>
        <translation>평가 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="135" />
        <source>Evaluating: {message} ({count})</source>
        <translation>평가 중: {message} ({count})</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="138" />
        <source>Evaluating: {count}</source>
        <translation>평가 중: {count}</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="145" />
        <source>Evaluation failed: {message}</source>
        <translation>평가 실패: {message}</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="184" />
        <location filename="../../app/gui/evaluate/pane.py" line="146" />
        <source>Evaluate</source>
        <translation>평가</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/pane.py" line="154" />
        <source>mAP50-95 {map50_95}, mAP50 {map50} on %Ln image(s) ({seconds} s)</source>
        <translation>
            <numerusform>이미지 %Ln장에서 mAP50-95 {map50_95}, mAP50 {map50} ({seconds}초)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="196" />
        <source>No image file known for {image}: choose the Images folder</source>
        <translation>{image}의 이미지 파일을 알 수 없습니다: 이미지 폴더를 지정하세요</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="220" />
        <source>{image} is not in the open dataset {root}: open its dataset (File ▸ Open) to review it</source>
        <translation>{image}는 열린 데이터셋 {root}에 없습니다: 검수하려면 그 데이터셋을 여세요 (파일 ▸ 열기)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="235" />
        <source>Export JSON report</source>
        <translation>JSON 보고서 내보내기</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="241" />
        <source>Export PNG plots into</source>
        <translation>PNG 그래프를 저장할 폴더</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="247" />
        <source>Report written to {path}</source>
        <translation>보고서 저장: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/pane.py" line="269" />
        <source>%n plot(s) written to {folder}</source>
        <translation>
            <numerusform>그래프 %n개를 {folder}에 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="25" />
        <source>Two label folders (ground truth vs predictions)</source>
        <translation>라벨 폴더 두 개 (정답 vs 예측)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="26" />
        <source>Dataset: auto-labels vs reviewed labels</source>
        <translation>데이터셋: 자동 라벨 vs 검수한 라벨</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="27" />
        <source>Model on dataset (runs auto-label into a scratch folder)</source>
        <translation>데이터셋에서 모델 추론 (임시 폴더에 자동 라벨링 실행)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="29" />
        <source>Ultralytics (yolo val)</source>
        <translation>Ultralytics 방식 (yolo val)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="33" />
        <source>Ground truth</source>
        <translation>정답 (GT)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="34" />
        <source>folder of YOLO label files (5 columns)</source>
        <translation>YOLO 라벨 파일 폴더 (5열)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="37" />
        <source>Predictions</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="38" />
        <source>folder of label files with confidences (6 columns, save_conf)</source>
        <translation>신뢰도가 있는 라벨 파일 폴더 (6열, save_conf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="48" />
        <location filename="../../app/gui/evaluate/source.py" line="41" />
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="42" />
        <source>optional: pixel sizes for small/medium/large; opens boxes in Review</source>
        <translation>선택: small/medium/large 판정용 픽셀 크기, 검수에서 박스 열기</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="45" />
        <source>Names</source>
        <translation>클래스 이름</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="46" />
        <source>optional: data.yaml or classes.txt</source>
        <translation>선택: data.yaml 또는 classes.txt</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="53" />
        <location filename="../../app/gui/evaluate/source.py" line="49" />
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="50" />
        <source>dataset folder or data.yaml (the open dataset by default)</source>
        <translation>데이터셋 폴더 또는 data.yaml (기본: 열린 데이터셋)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="54" />
        <source>dataset folder or data.yaml with labels</source>
        <translation>라벨이 있는 데이터셋 폴더 또는 data.yaml</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="57" />
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="58" />
        <source>YOLO detection model (.pt, .onnx, *_openvino_model)</source>
        <translation>YOLO 검출 모델 (.pt, .onnx, *_openvino_model)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="108" />
        <source>Class names (*.yaml *.yml *.txt)</source>
        <translation>클래스 이름 (*.yaml *.yml *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="125" />
        <source>Models (*.pt *.onnx *.xml);;All files (*)</source>
        <translation>모델 (*.pt *.onnx *.xml);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="162" />
        <source>Source</source>
        <translation>평가 대상</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="168" />
        <source>COCO: AP over 101 recall points, exactly pycocotools' COCOeval.
Ultralytics: P, R at the max-F1 confidence and mAP as `yolo val` prints them.</source>
        <translation>COCO: 재현율 101개 지점의 AP, pycocotools의 COCOeval과 똑같이 계산.
Ultralytics: F1이 최대인 신뢰도에서의 P, R과 `yolo val`이 출력하는 mAP.</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="178" />
        <source>Ground truth = label files of reviewed images; predictions = the original auto-labels stored in the index.</source>
        <translation>정답 = 검수한 이미지의 라벨 파일, 예측 = 인덱스에 저장된 원래 자동 라벨.</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="185" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="186" />
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="187" />
        <source>Mode</source>
        <translation>방식</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/audit_findings.py" line="33" />
        <source>swap</source>
        <translation>클래스 뒤바뀜 (swap)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/audit_findings.py" line="34" />
        <source>badloc</source>
        <translation>위치 부정확 (badloc)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/audit_findings.py" line="35" />
        <source>overlooked</source>
        <translation>라벨 누락 (overlooked)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/audit_findings.py" line="36" />
        <source>spurious</source>
        <translation>불필요한 라벨 (spurious)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/audit_findings.py" line="37" />
        <source>duplicate</source>
        <translation>중복 (duplicate)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/audit_findings.py" line="70" />
        <source>Audit findings (labelbench audit)</source>
        <translation>점검 결과 (labelbench audit)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/audit_findings.py" line="72" />
        <source>Audit findings (labelbench audit): %Ln in {source}</source>
        <translation>
            <numerusform>점검 결과 (labelbench audit): {source}에서 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/audit_findings.py" line="78" />
        <source>class {id}</source>
        <translation>클래스 {id}</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/audit_findings.py" line="81" />
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/audit_findings.py" line="135" />
        <source>(box {n})</source>
        <translation>(박스 {n})</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="47" />
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="49" />
        <source>GT</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="50" />
        <source>Pred</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="53" />
        <source>images with a label of this class</source>
        <translation>이 클래스의 라벨이 있는 이미지</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="54" />
        <source>labels of this class</source>
        <translation>이 클래스의 라벨</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="55" />
        <source>predictions of this class with confidence above the threshold (the matrix's row sum;
AP counts every prediction at any confidence)</source>
        <translation>신뢰도가 임계값보다 높은 이 클래스의 예측 (혼동 행렬의 행 합계.
AP는 신뢰도와 관계없이 모든 예측을 셉니다)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="60" />
        <source>TP / Pred at the threshold (TP: the matrix's diagonal)</source>
        <translation>임계값에서 TP / 예측 (TP: 혼동 행렬의 대각선)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="61" />
        <source>TP / GT at the threshold</source>
        <translation>임계값에서 TP / 정답</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="62" />
        <source>harmonic mean of P and R at the threshold</source>
        <translation>임계값에서 정밀도(P)와 재현율(R)의 조화 평균</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="63" />
        <source>average precision at IoU 0.50 over every prediction (any confidence)</source>
        <translation>IoU 0.50에서 모든 예측(신뢰도 무관)의 평균 정밀도</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="64" />
        <source>AP averaged over IoU 0.50:0.95, every prediction (any confidence)</source>
        <translation>IoU 0.50:0.95에 걸쳐 평균한 AP, 모든 예측(신뢰도 무관)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="68" />
        <source>Click a cell to open its boxes in Review, one by one (click again or N: the next one).</source>
        <translation>칸을 클릭하면 그 박스들을 검수 화면에서 하나씩 엽니다 (다시 클릭하거나 N: 다음 박스).</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="73" />
        <source>TP</source>
        <translation>TP 정탐</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="74" />
        <source>FP wrong class</source>
        <translation>FP 클래스 오류</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="75" />
        <source>FP duplicate</source>
        <translation>FP 중복</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="76" />
        <source>FP background</source>
        <translation>FP 배경</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="77" />
        <source>FN wrong class</source>
        <translation>FN 클래스 오류</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="78" />
        <source>FN missed</source>
        <translation>FN 미검출</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="79" />
        <source>wrong class</source>
        <translation>클래스 오류</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="82" />
        <source>False positives and negatives</source>
        <translation>오탐과 미탐</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="83" />
        <source>False positives</source>
        <translation>오탐 (FP)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="84" />
        <source>False negatives (missed)</source>
        <translation>미탐 (FN, 놓친 것)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="106" />
        <source>label {cls} (line {line})</source>
        <translation>라벨 {cls} ({line}행)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="109" />
        <source>prediction {cls} conf {conf}</source>
        <translation>예측 {cls} 신뢰도 {conf}</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="271" />
        <source>The confusion matrix, the error list and the table's Pred, P, R, F1 count by this rule:
1. each prediction above the confidence, most confident first, takes the free label of its
   class with the highest IoU at or above the threshold: a TP (the matrix's diagonal);
2. a prediction left over takes a left-over label of another class: a wrong class
   (an FP of its class and an FN of the label's);
3. any other prediction is a duplicate (on a label already taken) or background;
   a label left over is missed.
AP and mAP count every prediction at any confidence, as pycocotools and yolo val do.</source>
        <translation>혼동 행렬, 오류 목록, 표의 예측, P, R, F1은 이 규칙으로 셉니다:
1. 신뢰도 임계값보다 높은 예측이 신뢰도 높은 순서로, 같은 클래스의 아직 매칭되지 않은 라벨 중
   IoU가 임계값 이상이면서 가장 높은 라벨을 가져갑니다: TP (혼동 행렬의 대각선)
2. 남은 예측은 남은 다른 클래스의 라벨을 가져갑니다: 클래스 오류
   (예측 클래스의 FP이자 라벨 클래스의 FN)
3. 그 밖의 예측은 중복(이미 매칭된 라벨 위) 또는 배경이고,
   남은 라벨은 미검출입니다.
AP와 mAP는 pycocotools와 yolo val처럼 신뢰도와 관계없이 모든 예측을 셉니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="288" />
        <source>Confidence threshold</source>
        <translation>신뢰도 임계값</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="292" />
        <source>Click a row to open the image in Review with the box highlighted.
Select a class in the table above to list only its errors.</source>
        <translation>행을 클릭하면 검수 화면에서 그 박스를 강조해 이미지를 엽니다.
위 표에서 클래스를 선택하면 그 클래스의 오류만 보입니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="298" />
        <source>Normalized (per true class)</source>
        <translation>정규화 (실제 클래스별)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="299" />
        <source>Next example</source>
        <translation>다음 예</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="300" />
        <source>The cell's next example in Review (N; Shift+N: the one before)</source>
        <translation>이 칸의 다음 예를 검수 화면에서 (N, Shift+N: 이전 예)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="303" />
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="304" />
        <source>Confidence</source>
        <translation>신뢰도 곡선</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="305" />
        <source>P-R curves</source>
        <translation>정밀도-재현율 곡선</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="306" />
        <source>IoU histogram</source>
        <translation>IoU 히스토그램</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="310" />
        <source>confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="311" />
        <source>F1 vs confidence</source>
        <translation>신뢰도별 F1</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="313" />
        <source>Precision vs confidence</source>
        <translation>신뢰도별 정밀도</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="319" />
        <location filename="../../app/gui/evaluate/views.py" line="313" />
        <source>precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="315" />
        <source>Recall vs confidence</source>
        <translation>신뢰도별 재현율</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="318" />
        <location filename="../../app/gui/evaluate/views.py" line="315" />
        <source>recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="317" />
        <source>Precision-recall (interpolated, 101 points)</source>
        <translation>정밀도-재현율 (보간, 101개 지점)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="322" />
        <source>IoU of matched pairs (TP at IoU 0.50)</source>
        <translation>매칭된 쌍의 IoU (IoU 0.50에서 TP)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="322" />
        <source>pairs</source>
        <translation>쌍 개수</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="325" />
        <source>Choose a source and press Evaluate.</source>
        <translation>평가 대상을 고르고 평가를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="585" />
        <location filename="../../app/gui/evaluate/views.py" line="327" />
        <source>Errors at this threshold</source>
        <translation>이 임계값의 오류</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="360" />
        <source>Ultralytics (yolo val), max-F1 conf {conf}</source>
        <translation>Ultralytics 방식 (yolo val), F1 최대 신뢰도 {conf}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/views.py" line="373" />
        <source>%n image(s)</source>
        <translation>
            <numerusform>이미지 %n장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/views.py" line="374" />
        <source>%n ground-truth box(es)</source>
        <translation>
            <numerusform>정답 박스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/views.py" line="375" />
        <source>%n prediction(s)</source>
        <translation>
            <numerusform>예측 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="435" />
        <source>&lt;b&gt;task: {task}&lt;/b&gt; · &lt;b&gt;IoU: {iou}&lt;/b&gt; · </source>
        <translation>&lt;b&gt;작업: {task}&lt;/b&gt; · &lt;b&gt;IoU: {iou}&lt;/b&gt; · </translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="439" />
        <source>Matrix, errors and the table's Pred, P, R, F1: &lt;b&gt;IoU ≥ {iou}&lt;/b&gt; · &lt;b&gt;confidence &amp;gt; {conf}&lt;/b&gt; · &lt;b&gt;{rule}&lt;/b&gt; (class first, then wrong class) · AP: every prediction</source>
        <translation>혼동 행렬, 오류, 표의 예측, P, R, F1: &lt;b&gt;IoU ≥ {iou}&lt;/b&gt; · &lt;b&gt;신뢰도 &amp;gt; {conf}&lt;/b&gt; · &lt;b&gt;{rule}&lt;/b&gt; (같은 클래스 먼저, 그다음 클래스 오류) · AP: 모든 예측</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="445" />
        <source>&lt;b&gt;All boxes:&lt;/b&gt; P &lt;b&gt;{p}&lt;/b&gt; · R &lt;b&gt;{r}&lt;/b&gt; · F1 &lt;b&gt;{f1}&lt;/b&gt;&lt;br&gt;TP &lt;b&gt;{tp}&lt;/b&gt; · FP &lt;b&gt;{fp}&lt;/b&gt; ({fp_class} wrong class, {fp_duplicate} duplicate, {fp_background} background) · FN &lt;b&gt;{fn}&lt;/b&gt; ({fn_class} wrong class, {fn_missed} missed)&lt;br&gt;Accuracy TP/(TP+FP+FN) &lt;b&gt;{accuracy}&lt;/b&gt; (detection has no true negatives)</source>
        <translation>&lt;b&gt;전체 박스:&lt;/b&gt; 정밀도 &lt;b&gt;{p}&lt;/b&gt; · 재현율 &lt;b&gt;{r}&lt;/b&gt; · F1 &lt;b&gt;{f1}&lt;/b&gt;&lt;br&gt;TP &lt;b&gt;{tp}&lt;/b&gt; · FP &lt;b&gt;{fp}&lt;/b&gt; (클래스 오류 {fp_class}, 중복 {fp_duplicate}, 배경 {fp_background}) · FN &lt;b&gt;{fn}&lt;/b&gt; (클래스 오류 {fn_class}, 미검출 {fn_missed})&lt;br&gt;정확도 TP/(TP+FP+FN) &lt;b&gt;{accuracy}&lt;/b&gt; (검출에는 TN이 없습니다)</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="469" />
        <source>Confusion matrix at confidence &gt; {conf}, IoU ≥ {iou} (rows predicted, columns true)</source>
        <translation>신뢰도 &gt; {conf}, IoU ≥ {iou}의 혼동 행렬 (행: 예측, 열: 실제)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/views.py" line="477" />
        <source>%n TP pair(s), median IoU {median}</source>
        <translation>
            <numerusform>TP 쌍 %n개, IoU 중앙값 {median}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="493" />
        <source>all classes</source>
        <translation>전체 클래스</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="495" />
        <source>best class-mean F1 {f1} at {conf}</source>
        <translation>클래스 평균 F1 최고 {f1} (신뢰도 {conf})</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="512" />
        <source>mean (AP {ap})</source>
        <translation>평균 (AP {ap})</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="562" />
        <source>predicted {pred}, true {true}</source>
        <translation>예측 {pred}, 실제 {true}</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="564" />
        <source>cell</source>
        <translation>칸</translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="566" />
        <source>{where}: no boxes at this threshold</source>
        <translation>{where}: 이 임계값에서는 박스 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/views.py" line="568" />
        <source>{where}: example {i} of %n (click again or N: the next one)</source>
        <translation>
            <numerusform>{where}: %n개 중 {i}번째 (다시 클릭하거나 N: 다음 박스)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="587" />
        <source>{errors} of &lt;b&gt;{cls}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{cls}&lt;/b&gt;의 {errors}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/views.py" line="599" />
        <source>… %n more (export the JSON report for all)</source>
        <translation>
            <numerusform>… %n개 더 (전체는 JSON 보고서로 내보내세요)</numerusform>
        </translation>
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
    <name>Histogram</name>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="185" />
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="186" />
        <source>min</source>
        <translation>최소</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="186" />
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="191" />
        <source>Luminance</source>
        <translation>휘도</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="192" />
        <source>RGB channels</source>
        <translation>RGB 채널별</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="194" />
        <source>Luminance, or one curve per colour channel</source>
        <translation>휘도 또는 색 채널마다 곡선 하나</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="196" />
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="197" />
        <source>Logarithmic count axis (log10(count + 1))</source>
        <translation>개수 축을 로그로 (log10(개수 + 1))</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="198" />
        <source>Methods</source>
        <translation>자동 방법</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="200" />
        <source>Mark the thresholds every automatic method picks</source>
        <translation>자동 이진화 방법마다 고른 임계값 표시</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="213" />
        <source>log₁₀(count+1)</source>
        <translation>log₁₀(개수+1)</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="215" />
        <source>count</source>
        <translation>개수</translation>
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
        <location filename="../../app/gui/main_window.py" line="603" />
        <location filename="../../app/gui/main_window.py" line="581" />
        <source>Reset demo dataset</source>
        <translation>데모 데이터셋 초기화</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="582" />
        <source>Replace the demo dataset in {path} with a fresh copy of the bundled one?

Labels, reviews, auto-labels and training runs made in it are lost.</source>
        <translation>{path}의 데모 데이터셋을 포함된 원본의 새 사본으로 바꿀까요?

그 안에서 만든 라벨, 검수, 자동 라벨, 학습 기록은 사라집니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="608" />
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
    <name>Op</name>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="40" />
        <source>Grayscale</source>
        <translation>그레이스케일</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="41" />
        <source>Luminance (0.299 R + 0.587 G + 0.114 B); gray input passes through.</source>
        <translation>휘도 (0.299 R + 0.587 G + 0.114 B). 그레이 입력은 그대로 통과합니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="42" />
        <source>Convert colour space</source>
        <translation>색 공간 변환</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="43" />
        <source>BGR -&gt; HSV / Lab / YCrCb / HLS / RGB / XYZ (OpenCV's 8-bit ranges, e.g. H in 0..179).</source>
        <translation>BGR -&gt; HSV / Lab / YCrCb / HLS / RGB / XYZ (OpenCV의 8비트 범위, 예: H는 0..179).</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="46" />
        <source>Single channel</source>
        <translation>단일 채널</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="47" />
        <source>One channel of the image in a colour space, as a gray image (e.g. the S of HSV).</source>
        <translation>선택한 색 공간에서 영상의 채널 하나를 그레이 영상으로 (예: HSV의 S).</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="50" />
        <source>Invert</source>
        <translation>반전</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="51" />
        <source>Negative: max - value (255 or 65535).</source>
        <translation>네거티브: 최댓값 - 값 (255 또는 65535).</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="52" />
        <source>Brightness / contrast</source>
        <translation>밝기 / 대비</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="53" />
        <source>out = contrast * in + brightness, rounded and clipped to the image depth.</source>
        <translation>out = 대비 * in + 밝기. 반올림한 뒤 영상 비트 깊이 범위로 자릅니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="58" />
        <source>Gamma</source>
        <translation>감마 보정</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="59" />
        <source>out = max * (in / max) ** gamma via a lookup table (8- and 16-bit).</source>
        <translation>룩업 테이블로 out = max * (in / max) ** gamma (8비트, 16비트).</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="62" />
        <source>Equalize histogram</source>
        <translation>히스토그램 평활화</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="63" />
        <source>Global histogram equalization (8- and 16-bit); colour images equalize luminance only.</source>
        <translation>전역 히스토그램 평활화 (8비트, 16비트). 컬러 영상은 휘도만 평활화합니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="66" />
        <source>CLAHE</source>
        <translation>CLAHE 평활화</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="67" />
        <source>Contrast-limited adaptive histogram equalization (8- and 16-bit); colour images are     equalized on Lab's L channel (8-bit) or on Y of YCrCb (16-bit).</source>
        <translation>대비 제한 적응형 히스토그램 평활화 (8비트, 16비트). 컬러 영상은 Lab의 L 채널(8비트) 또는 YCrCb의 Y(16비트)에서 평활화합니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="73" />
        <source>Stretch to full range</source>
        <translation>전체 범위로 늘리기</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="74" />
        <source>Linear stretch so the darkest / brightest pixels (after clipping `saturate` % at each end,     measured on the luminance) map to 0 and the depth's maximum.</source>
        <translation>가장 어두운 / 가장 밝은 픽셀(휘도 기준으로 양 끝에서 `saturate` %를 잘라낸 뒤)이 0과 비트 깊이의 최댓값이 되도록 선형으로 늘립니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="80" />
        <source>Gaussian blur</source>
        <translation>가우시안 블러</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="81" />
        <source>Gaussian smoothing with an odd square kernel.</source>
        <translation>홀수 크기 정사각형 커널로 가우시안 스무딩.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="90" />
        <source>Median blur</source>
        <translation>미디언 블러</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="91" />
        <source>Median of each ksize x ksize neighbourhood; removes salt-and-pepper noise, keeps edges.</source>
        <translation>ksize x ksize 이웃의 중앙값. 소금-후추 잡음을 없애고 엣지는 보존합니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="93" />
        <source>Bilateral filter</source>
        <translation>양방향 필터</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="94" />
        <source>Edge-preserving smoothing (8-bit natively; 16-bit through float32).</source>
        <translation>엣지를 보존하는 스무딩 (8비트는 그대로, 16비트는 float32로 변환해 처리).</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="99" />
        <source>Box blur</source>
        <translation>박스 블러</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="100" />
        <source>Mean of each ksize x ksize neighbourhood (any size, even allowed).</source>
        <translation>ksize x ksize 이웃의 평균 (아무 크기나, 짝수도 가능).</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="101" />
        <source>Sharpen</source>
        <translation>샤프닝</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="102" />
        <source>3x3 Laplacian sharpening: out = in + amount * (4 * centre - neighbours).</source>
        <translation>3x3 라플라시안 샤프닝: out = in + 강도 * (4 * 중심 - 이웃).</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="104" />
        <source>Unsharp mask</source>
        <translation>언샤프 마스크</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="105" />
        <source>out = in + amount * (in - gaussian(in)), skipping differences below `threshold`.</source>
        <translation>out = in + 강도 * (in - gaussian(in)). `threshold`보다 작은 차이는 건너뜁니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="108" />
        <source>Sobel</source>
        <translation>소벨 엣지</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="109" />
        <source>|Sobel derivative| (x, y, or gradient magnitude) times `scale`.</source>
        <translation>|소벨 미분| (x, y 또는 그래디언트 크기) × `scale`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="115" />
        <source>Scharr</source>
        <translation>샤르 엣지</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="116" />
        <source>|Scharr derivative| (more accurate 3x3 than Sobel) times `scale`.</source>
        <translation>|샤르 미분| (소벨보다 정확한 3x3) × `scale`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="117" />
        <source>Laplacian</source>
        <translation>라플라시안</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="118" />
        <source>|Laplacian| times `scale`.</source>
        <translation>|라플라시안| × `scale`.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="119" />
        <source>Canny</source>
        <translation>캐니 엣지</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="120" />
        <source>Canny edges of the gray image -&gt; uint8 0/255 (16-bit input is reduced to 8 bits first). A Low     threshold above High is used swapped, as OpenCV does.</source>
        <translation>그레이 영상의 캐니 엣지 -&gt; uint8 0/255 (16비트 입력은 먼저 8비트로 줄입니다). 낮은 임계값이 높은 임계값보다 크면 OpenCV처럼 둘을 바꿔 씁니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="128" />
        <source>Erode</source>
        <translation>침식</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="129" />
        <source>Minimum over the kernel: shrinks bright regions.</source>
        <translation>커널 안의 최솟값: 밝은 영역을 줄입니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="135" />
        <source>Dilate</source>
        <translation>팽창</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="136" />
        <source>Maximum over the kernel: grows bright regions.</source>
        <translation>커널 안의 최댓값: 밝은 영역을 키웁니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="137" />
        <source>Open</source>
        <translation>열림 연산</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="138" />
        <source>Erode then dilate: removes small bright specks.</source>
        <translation>침식 후 팽창: 작은 밝은 점을 없앱니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="139" />
        <source>Close</source>
        <translation>닫힘 연산</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="140" />
        <source>Dilate then erode: fills small dark holes.</source>
        <translation>팽창 후 침식: 작은 어두운 구멍을 메웁니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="141" />
        <source>Morphological gradient</source>
        <translation>모폴로지 그래디언트</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="142" />
        <source>Dilation minus erosion: object outlines.</source>
        <translation>팽창 - 침식: 물체의 외곽선.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="143" />
        <source>Top-hat</source>
        <translation>탑햇</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="144" />
        <source>Image minus its opening: small bright details on an uneven background.</source>
        <translation>영상 - 열림 결과: 고르지 않은 배경 위의 작은 밝은 부분.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="145" />
        <source>Black-hat</source>
        <translation>블랙햇</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="146" />
        <source>Closing minus image: small dark details on an uneven background.</source>
        <translation>닫힘 결과 - 영상: 고르지 않은 배경 위의 작은 어두운 부분.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="147" />
        <source>Threshold (manual)</source>
        <translation>이진화 (수동)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="148" />
        <source>Fixed level. binary / binary_inv give a uint8 0/255 mask; to-zero / truncate keep depth.</source>
        <translation>고정 임계값. binary / binary_inv는 uint8 0/255 마스크를, to-zero / truncate는 원래 비트 깊이를 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="157" />
        <source>Threshold (auto)</source>
        <translation>이진화 (자동)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="158" />
        <source>Level picked by an ImageJ method on the gray histogram (8- or 16-bit), then applied to     the gray image like the manual threshold.</source>
        <translation>그레이 히스토그램에서 ImageJ 방법으로 임계값을 고른 뒤(8비트, 16비트), 수동 이진화처럼 그레이 영상에 적용합니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="164" />
        <source>Threshold (OpenCV Otsu / Triangle)</source>
        <translation>이진화 (OpenCV Otsu / Triangle)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="165" />
        <source>OpenCV's THRESH_OTSU / THRESH_TRIANGLE on the gray image -&gt; uint8 0/255 mask.</source>
        <translation>그레이 영상에 OpenCV의 THRESH_OTSU / THRESH_TRIANGLE -&gt; uint8 0/255 마스크.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="167" />
        <source>Threshold (adaptive)</source>
        <translation>이진화 (적응형)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="168" />
        <source>Local threshold: pixel &gt; (local mean or Gaussian-weighted mean) - C -&gt; 255.</source>
        <translation>지역 임계값: 픽셀 &gt; (지역 평균 또는 가우시안 가중 평균) - C 이면 255.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="174" />
        <source>Colour range mask (inRange)</source>
        <translation>색 범위 마스크 (inRange)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="175" />
        <source>Pixels whose channels (in `space`) all lie in [low, high] -&gt; 255. Gray input uses channel 0's     bounds only. HSV hue is 0..179 in OpenCV. `masked` keeps the original pixels inside the range.</source>
        <translation>(`space` 색 공간에서) 모든 채널이 [low, high] 안에 있는 픽셀 -&gt; 255. 그레이 입력은 채널 0의 범위만 씁니다. OpenCV에서 HSV의 색상(H)은 0..179입니다. `masked`는 범위 안의 원래 픽셀을 남깁니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="188" />
        <source>Resize</source>
        <translation>크기 조정</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="189" />
        <source>Scale both sides by `scale` (at least 1 pixel).</source>
        <translation>가로세로를 `scale`배로 (최소 1픽셀).</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="196" />
        <source>Crop</source>
        <translation>자르기</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="197" />
        <source>Keep the rectangle given in percent of the width / height (resolution independent, so     previews at a reduced scale crop the same region).</source>
        <translation>너비 / 높이의 퍼센트로 지정한 사각형만 남깁니다 (해상도와 무관하므로 축소 미리보기도 같은 영역을 자릅니다).</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="205" />
        <source>Rotate</source>
        <translation>회전</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="206" />
        <source>Rotate about the centre; multiples of 90 degrees are exact (no resampling).</source>
        <translation>중심을 기준으로 회전. 90도의 배수는 리샘플링 없이 정확합니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="211" />
        <source>Flip</source>
        <translation>뒤집기</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="212" />
        <source>Mirror left-right, top-bottom, or both.</source>
        <translation>좌우, 상하 또는 둘 다 뒤집습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="217" />
        <source>Contours + boxes</source>
        <translation>윤곽선 + 바운딩 박스</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="218" />
        <source>Find contours of the non-zero pixels (use after a threshold), keep those passing the area /     aspect filter and draw them and / or their bounding boxes over the input (BGR uint8 result).</source>
        <translation>0이 아닌 픽셀의 윤곽선을 찾아(이진화 다음에 사용) 면적 / 종횡비 조건을 통과한 것만 남기고, 윤곽선과 / 또는 바운딩 박스를 입력 위에 그립니다 (BGR uint8 결과).</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="237" />
        <source>Connected components</source>
        <translation>연결 요소</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="238" />
        <source>Label the connected non-zero regions; keep those whose pixel count is within the area     limits; show them as coloured labels, as a 0/255 mask, or only the largest one.</source>
        <translation>0이 아닌 연결 영역에 번호를 붙이고 픽셀 수가 면적 범위 안인 것만 남겨, 색으로 구분한 라벨, 0/255 마스크 또는 가장 큰 것 하나로 보여 줍니다.</translation>
    </message>
</context><context>
    <name>OpChoice</name>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="86" />
        <source>Reflect 101</source>
        <translation>반사 101</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="87" />
        <source>Reflect</source>
        <translation>반사</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="88" />
        <source>Replicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="89" />
        <source>Constant 0</source>
        <translation>상수 0</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="111" />
        <source>d/dx</source>
        <translation>d/dx</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="112" />
        <source>d/dy</source>
        <translation>d/dy</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="113" />
        <source>Magnitude</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="131" />
        <source>Rectangle</source>
        <translation>사각형</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="132" />
        <source>Ellipse</source>
        <translation>타원</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="133" />
        <source>Cross</source>
        <translation>십자</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="152" />
        <source>Binary</source>
        <translation>이진</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="153" />
        <source>Binary inverted</source>
        <translation>이진 반전</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="154" />
        <source>To zero</source>
        <translation>0으로 (to zero)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="155" />
        <source>To zero inverted</source>
        <translation>0으로 반전 (to zero inv)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="156" />
        <source>Truncate</source>
        <translation>자르기 (truncate)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="169" />
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="170" />
        <source>Gaussian</source>
        <translation>가우시안</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="186" />
        <source>Mask (0/255)</source>
        <translation>마스크 (0/255)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="187" />
        <source>Image inside the range</source>
        <translation>범위 안의 영상</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="191" />
        <source>Nearest</source>
        <translation>최근접</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="192" />
        <source>Linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="193" />
        <source>Cubic</source>
        <translation>3차 (cubic)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="194" />
        <source>Area</source>
        <translation>영역 (area)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="195" />
        <source>Lanczos</source>
        <translation>란초스</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="214" />
        <source>Horizontal (mirror)</source>
        <translation>좌우 (거울)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="215" />
        <source>Vertical</source>
        <translation>상하</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="216" />
        <source>Both</source>
        <translation>둘 다</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="223" />
        <source>Outer only</source>
        <translation>바깥쪽만</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="224" />
        <source>All (incl. holes)</source>
        <translation>전체 (구멍 포함)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="231" />
        <source>Contours</source>
        <translation>윤곽선</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="232" />
        <source>Boxes</source>
        <translation>바운딩 박스</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="233" />
        <source>Contours + boxes</source>
        <translation>윤곽선 + 바운딩 박스</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="234" />
        <source>Filled</source>
        <translation>채우기</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="243" />
        <source>Coloured labels</source>
        <translation>색 라벨</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="244" />
        <source>Kept components mask</source>
        <translation>남긴 요소 마스크</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="245" />
        <source>Largest component</source>
        <translation>가장 큰 요소</translation>
    </message>
</context><context>
    <name>OpFamily</name>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="30" />
        <source>Color &amp; channels</source>
        <translation>색상 &amp; 채널</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="31" />
        <source>Brightness &amp; contrast</source>
        <translation>밝기 &amp; 대비</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="32" />
        <source>Blur</source>
        <translation>블러</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="33" />
        <source>Sharpen</source>
        <translation>샤프닝</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="34" />
        <source>Edges</source>
        <translation>엣지</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="35" />
        <source>Morphology</source>
        <translation>모폴로지</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="36" />
        <source>Threshold</source>
        <translation>이진화</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="37" />
        <source>Masking</source>
        <translation>마스킹</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="38" />
        <source>Geometry</source>
        <translation>기하 변환</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="39" />
        <source>Contours &amp; components</source>
        <translation>윤곽선 &amp; 연결 요소</translation>
    </message>
</context><context>
    <name>OpParam</name>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="44" />
        <source>Colour space</source>
        <translation>색 공간</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="45" />
        <source>Target space; the result is shown as a 3-channel image</source>
        <translation>변환할 색 공간. 결과는 3채널 영상으로 표시됩니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="48" />
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="49" />
        <source>0, 1 or 2 in the chosen space (e.g. HSV: 0=H, 1=S, 2=V)</source>
        <translation>선택한 색 공간의 0, 1, 2 (예: HSV: 0=H, 1=S, 2=V)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="54" />
        <source>Contrast</source>
        <translation>대비</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="55" />
        <source>Gain (1 = unchanged)</source>
        <translation>게인 (1 = 그대로)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="56" />
        <source>Brightness</source>
        <translation>밝기</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="57" />
        <source>Offset on the 0..255 scale (x257 for 16-bit)</source>
        <translation>0..255 기준 오프셋 (16비트는 x257)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="60" />
        <source>Gamma</source>
        <translation>감마</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="61" />
        <source>&lt; 1 brightens, &gt; 1 darkens</source>
        <translation>1보다 작으면 밝게, 크면 어둡게</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="64" />
        <source>Each channel</source>
        <translation>채널별로</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="65" />
        <source>Colour images: equalize B, G, R separately instead of the luminance (Y of YCrCb)</source>
        <translation>컬러 영상: 휘도(YCrCb의 Y) 대신 B, G, R을 각각 평활화</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="71" />
        <source>Clip limit</source>
        <translation>클립 한계</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="72" />
        <source>Tiles per side</source>
        <translation>한 변의 타일 수</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="78" />
        <source>Saturated %</source>
        <translation>포화 %</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="79" />
        <source>Percent of pixels clipped at each end (0 = plain min-max)</source>
        <translation>양 끝에서 잘라낼 픽셀 비율 (0 = 단순 최소-최대)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="82" />
        <source>Kernel size</source>
        <translation>커널 크기</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="83" />
        <source>Sigma</source>
        <translation>시그마</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="84" />
        <source>0 = derived from the kernel size</source>
        <translation>0 = 커널 크기에서 계산</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="85" />
        <source>Border</source>
        <translation>경계 처리</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="92" />
        <source>16-bit images: 3 or 5 only (OpenCV limit)</source>
        <translation>16비트 영상: 3 또는 5만 (OpenCV 제한)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="95" />
        <source>Diameter</source>
        <translation>지름</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="96" />
        <source>Sigma colour</source>
        <translation>색 시그마</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="97" />
        <source>On the 0..255 scale (x257 for 16-bit)</source>
        <translation>0..255 기준 (16비트는 x257)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="98" />
        <source>Sigma space</source>
        <translation>공간 시그마</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="103" />
        <source>Amount</source>
        <translation>강도</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="106" />
        <source>Threshold</source>
        <translation>임계값</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="107" />
        <source>Only sharpen where |in - blurred| exceeds this (0..255 scale)</source>
        <translation>|in - 블러| 가 이 값을 넘는 곳만 샤프닝 (0..255 기준)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="110" />
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="114" />
        <source>Scale</source>
        <translation>배율</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="124" />
        <source>Low threshold</source>
        <translation>낮은 임계값</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="125" />
        <source>High threshold</source>
        <translation>높은 임계값</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="126" />
        <source>Aperture</source>
        <translation>조리개 크기</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="127" />
        <source>L2 gradient</source>
        <translation>L2 그래디언트</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="130" />
        <source>Kernel shape</source>
        <translation>커널 모양</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="134" />
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="149" />
        <source>Level</source>
        <translation>임계값</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="150" />
        <source>Pixels &gt; level are foreground (0..255, or 0..65535 for 16-bit)</source>
        <translation>임계값보다 큰 픽셀이 전경 (0..255, 16비트는 0..65535)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="151" />
        <source>Type</source>
        <translation>방식</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="162" />
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="163" />
        <source>ImageJ auto-threshold method, computed from the gray histogram</source>
        <translation>ImageJ 자동 이진화 방법 (그레이 히스토그램에서 계산)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="166" />
        <source>Inverted</source>
        <translation>반전</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="171" />
        <source>Block size</source>
        <translation>블록 크기</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="172" />
        <source>C</source>
        <translation>상수 C</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="173" />
        <source>Subtracted from the local mean (0..255 scale)</source>
        <translation>지역 평균에서 뺄 값 (0..255 기준)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="179" />
        <source>Channel 0 min</source>
        <translation>채널 0 최솟값</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="180" />
        <source>Channel 0 max</source>
        <translation>채널 0 최댓값</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="181" />
        <source>Channel 1 min</source>
        <translation>채널 1 최솟값</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="182" />
        <source>Channel 1 max</source>
        <translation>채널 1 최댓값</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="183" />
        <source>Channel 2 min</source>
        <translation>채널 2 최솟값</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="184" />
        <source>Channel 2 max</source>
        <translation>채널 2 최댓값</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="185" />
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="190" />
        <source>Interpolation</source>
        <translation>보간</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="201" />
        <source>Left %</source>
        <translation>왼쪽 %</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="202" />
        <source>Top %</source>
        <translation>위 %</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="203" />
        <source>Right %</source>
        <translation>오른쪽 %</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="204" />
        <source>Bottom %</source>
        <translation>아래 %</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="207" />
        <source>Angle</source>
        <translation>각도</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="208" />
        <source>Degrees, counter-clockwise</source>
        <translation>도 단위, 반시계 방향</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="209" />
        <source>Expand canvas</source>
        <translation>캔버스 확장</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="210" />
        <source>Grow the canvas so nothing is cut off</source>
        <translation>잘리는 부분이 없도록 캔버스를 키웁니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="213" />
        <source>Axis</source>
        <translation>축</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="222" />
        <source>Contours</source>
        <translation>윤곽선</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="225" />
        <source>Min area (px)</source>
        <translation>최소 면적 (px)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="226" />
        <source>Max area (px)</source>
        <translation>최대 면적 (px)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="227" />
        <source>0 = no limit</source>
        <translation>0 = 제한 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="228" />
        <source>Min aspect w/h</source>
        <translation>최소 종횡비 w/h</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="229" />
        <source>Max aspect w/h</source>
        <translation>최대 종횡비 w/h</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="230" />
        <source>Draw</source>
        <translation>그리기</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="235" />
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="236" />
        <source>Line width</source>
        <translation>선 두께</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="242" />
        <source>Connectivity</source>
        <translation>연결성</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="246" />
        <source>Draw boxes</source>
        <translation>바운딩 박스 그리기</translation>
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
        <location filename="../../app/gui/training/pane.py" line="441" />
        <location filename="../../app/gui/main_window.py" line="61" />
        <source>Training</source>
        <translation>학습</translation>
    </message>
</context><context>
    <name>ParamPanel</name>
    <message>
        <location filename="../../widgets/param_panel.py" line="192" />
        <source>Choose colour</source>
        <translation>색 선택</translation>
    </message>
    <message>
        <location filename="../../widgets/param_panel.py" line="260" />
        <location filename="../../widgets/param_panel.py" line="248" />
        <source>This step has no parameters.</source>
        <translation>이 단계에는 파라미터가 없습니다.</translation>
    </message>
</context><context>
    <name>Process</name>
    <message>
        <location filename="../../app/gui/process/view.py" line="101" />
        <location filename="../../app/gui/process/pane.py" line="398" />
        <location filename="../../app/gui/process/pane.py" line="192" />
        <location filename="../../app/gui/process/pane.py" line="97" />
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/pane.py" line="151" />
        <source>Loading {name}…</source>
        <translation>{name} 불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/pane.py" line="177" />
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n채널</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/process/pane.py" line="178" />
        <source>image</source>
        <translation>영상</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/pane.py" line="231" />
        <source>No step selected</source>
        <translation>선택한 단계 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/pane.py" line="233" />
        <source>Add a step with “Add step”.</source>
        <translation>“단계 추가”로 단계를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/pane.py" line="326" />
        <source>Threshold input (auto)</source>
        <translation>이진화 입력 (자동)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="47" />
        <location filename="../../app/gui/process/pane.py" line="327" />
        <source>Original</source>
        <translation>원본</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/pane.py" line="388" />
        <source>full resolution</source>
        <translation>원본 해상도</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/pane.py" line="390" />
        <source>preview 1/{n}</source>
        <translation>미리보기 1/{n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/pane.py" line="392" />
        <source>ran {done} of %n step(s)</source>
        <translation>
            <numerusform>%n단계 중 {done}단계 실행</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="59" />
        <location filename="../../app/gui/process/pane.py" line="394" />
        <source>no steps</source>
        <translation>단계 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/pane.py" line="395" />
        <source>computing full resolution…</source>
        <translation>원본 해상도로 계산 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/pane.py" line="431" />
        <source>Computing every method…</source>
        <translation>모든 방법 계산 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/pane.py" line="442" />
        <source>%n method(s) on the original. Click a tile to use it.</source>
        <translation>
            <numerusform>원본에 적용한 방법 %n개. 타일을 클릭하면 그 방법을 사용합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/pane.py" line="444" />
        <source>%n method(s) on the output of step {step}. Click a tile to use it.</source>
        <translation>
            <numerusform>{step}단계 출력에 적용한 방법 %n개. 타일을 클릭하면 그 방법을 사용합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="36" />
        <source>Pipeline (*.json);;All files (*)</source>
        <translation>파이프라인 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="44" />
        <source>Batch apply pipeline</source>
        <translation>파이프라인 일괄 적용</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="52" />
        <source>Same as input</source>
        <translation>입력과 같게</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="56" />
        <source>Source (file or folder)</source>
        <translation>입력 (파일 또는 폴더)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="89" />
        <location filename="../../app/gui/process/actions.py" line="57" />
        <source>Destination folder</source>
        <translation>저장 폴더</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="58" />
        <source>Output format</source>
        <translation>출력 형식</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="45" />
        <location filename="../../app/gui/process/actions.py" line="62" />
        <source>Pipeline</source>
        <translation>파이프라인</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/actions.py" line="63" />
        <source>%n step(s): {steps}</source>
        <translation>
            <numerusform>%n단계: {steps}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="67" />
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="221" />
        <location filename="../../app/gui/process/actions.py" line="69" />
        <source>Cancel run</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="82" />
        <source>Source folder</source>
        <translation>입력 폴더</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="96" />
        <source>Choose a source and a destination.</source>
        <translation>입력과 저장 폴더를 고르세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/actions.py" line="121" />
        <source>Done: {written} of %n image(s) written to {dest} in {seconds} s</source>
        <translation>
            <numerusform>완료: 이미지 %n장 중 {written}장을 {dest}에 저장 ({seconds}초)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="126" />
        <source>; {failed} failed (listed above).</source>
        <translation>, {failed}장 실패 (위 목록 참고).</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="285" />
        <location filename="../../app/gui/process/actions.py" line="132" />
        <source>Stopped: {message}</source>
        <translation>중단됨: {message}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/actions.py" line="136" />
        <source>Cancelled after %n image(s); the files written so far are kept.</source>
        <translation>
            <numerusform>이미지 %n장 처리 후 취소했습니다. 지금까지 저장한 파일은 남아 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="168" />
        <source>Open pipeline…</source>
        <translation>파이프라인 열기…</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="169" />
        <source>Save pipeline…</source>
        <translation>파이프라인 저장…</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="170" />
        <source>Export Python…</source>
        <translation>Python으로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="171" />
        <source>New pipeline</source>
        <translation>새 파이프라인</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="172" />
        <source>Batch apply…</source>
        <translation>일괄 적용…</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="173" />
        <source>Label with contours…</source>
        <translation>윤곽선으로 라벨링…</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="174" />
        <source>Load a pipeline JSON file</source>
        <translation>파이프라인 JSON 파일 불러오기</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="175" />
        <source>Save the pipeline as JSON (for `labelbench filter --pipeline`)</source>
        <translation>파이프라인을 JSON으로 저장 (`labelbench filter --pipeline`용)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="177" />
        <source>Write a standalone cv2 + numpy script with bit-identical output</source>
        <translation>결과가 비트 단위까지 같은 독립 실행형 cv2 + numpy 스크립트 저장</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="179" />
        <source>Apply the pipeline to every image of a folder</source>
        <translation>폴더의 모든 이미지에 파이프라인 적용</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="181" />
        <source>Boxes from the contours of the binary result: this image or a whole folder</source>
        <translation>이진화 결과의 윤곽선에서 바운딩 박스 만들기: 이 이미지 또는 폴더 전체</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="194" />
        <source>Open pipeline</source>
        <translation>파이프라인 열기</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="201" />
        <source>Cannot open pipeline</source>
        <translation>파이프라인을 열 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/actions.py" line="205" />
        <source>Pipeline {name}: %n step(s)</source>
        <translation>
            <numerusform>파이프라인 {name}: %n단계</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="213" />
        <source>Save pipeline</source>
        <translation>파이프라인 저장</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="220" />
        <source>Cannot save pipeline</source>
        <translation>파이프라인을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="223" />
        <source>Saved {path}</source>
        <translation>저장함: {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="231" />
        <source>Export Python script</source>
        <translation>Python 스크립트 내보내기</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="233" />
        <source>Python (*.py)</source>
        <translation>Python 스크립트 (*.py)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="240" />
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="242" />
        <source>Exported {path}  (run: python {name} SOURCE DEST)</source>
        <translation>내보냄: {path}  (실행: python {name} SOURCE DEST)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="42" />
        <source>on</source>
        <translation>켬</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="42" />
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="118" />
        <source>Add step</source>
        <translation>단계 추가</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="119" />
        <source>Add an operation after the selected step</source>
        <translation>선택한 단계 뒤에 연산 추가</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="120" />
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="121" />
        <source>Duplicate the selected step</source>
        <translation>선택한 단계 복제</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="122" />
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="123" />
        <source>Remove the selected step (Del)</source>
        <translation>선택한 단계 삭제 (Del)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="124" />
        <source>Move the selected step up</source>
        <translation>선택한 단계를 위로</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="125" />
        <source>Move the selected step down</source>
        <translation>선택한 단계를 아래로</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="126" />
        <source>Remove the selected step</source>
        <translation>선택한 단계 삭제</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/memory.py" line="41" />
        <source>Process: the last pipeline did not load ({error}); the default one is shown</source>
        <translation>영상 처리: 마지막 파이프라인을 불러오지 못해 ({error}) 기본 파이프라인을 표시합니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="156" />
        <source>Boxes</source>
        <translation>바운딩 박스</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="157" />
        <source>Polygons</source>
        <translation>폴리곤</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="158" />
        <source>Rotated boxes</source>
        <translation>회전 박스</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/label.py" line="166" />
        <source>%n polygon(s)</source>
        <translation>
            <numerusform>폴리곤 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/label.py" line="168" />
        <source>%n rotated box(es)</source>
        <translation>
            <numerusform>회전 박스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/label.py" line="169" />
        <source>%n box(es)</source>
        <translation>
            <numerusform>바운딩 박스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="180" />
        <source>Label with contours</source>
        <translation>윤곽선으로 라벨링</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="207" />
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="208" />
        <source>Min area (px)</source>
        <translation>최소 면적 (px)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="209" />
        <source>Max area (px, 0 = none)</source>
        <translation>최대 면적 (px, 0 = 제한 없음)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="210" />
        <source>Min aspect w/h</source>
        <translation>최소 종횡비 w/h</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="211" />
        <source>Max aspect w/h (0 = none)</source>
        <translation>최대 종횡비 w/h (0 = 제한 없음)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="212" />
        <source>Write</source>
        <translation>저장 형태</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="213" />
        <source>Polygon tolerance (px)</source>
        <translation>폴리곤 단순화 허용 오차 (px)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="214" />
        <source>Objects on this image</source>
        <translation>이 이미지의 객체</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="215" />
        <source>Dataset / folder</source>
        <translation>데이터셋 / 폴더</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="219" />
        <source>Label this image</source>
        <translation>이 이미지 라벨링</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="220" />
        <source>Label folder</source>
        <translation>폴더 라벨링</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="253" />
        <source>Dataset folder</source>
        <translation>데이터셋 폴더</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="265" />
        <source>no image</source>
        <translation>이미지 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="287" />
        <source>Cancelled; the labels written so far are kept.</source>
        <translation>취소했습니다. 지금까지 저장한 라벨은 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="303" />
        <source>Pick an image of a dataset first.</source>
        <translation>먼저 데이터셋의 이미지를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="311" />
        <source>Wrote {shapes} for {name} ({key}).</source>
        <translation>{name}에 {shapes} 저장 ({key}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="317" />
        <source>Not written: {why} (reviewed or hand-made labels are protected).</source>
        <translation>저장하지 않음: {why} (검수했거나 직접 만든 라벨은 보호됩니다).</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="323" />
        <source>Choose a dataset or folder.</source>
        <translation>데이터셋이나 폴더를 고르세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/label.py" line="335" />
        <source>Labeled {labeled} of %n image(s), skipped {skipped}, failed {failed} in {seconds} s. Index: {index}</source>
        <translation>
            <numerusform>이미지 %n장 중 {labeled}장 라벨링, {skipped}장 건너뜀, {failed}장 실패 ({seconds}초). 인덱스: {index}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/label.py" line="350" />
        <source>Contour labels: %n image(s) labeled</source>
        <translation>
            <numerusform>윤곽선 라벨: 이미지 %n장 라벨링</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="46" />
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="49" />
        <source>Pick an image in the Images list (File ▸ Open Folder…)</source>
        <translation>이미지 목록에서 이미지를 고르세요 (파일 ▸ 폴더 열기…)</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="51" />
        <source>Side by side</source>
        <translation>나란히</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="52" />
        <source>Split</source>
        <translation>분할</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="53" />
        <source>Final result</source>
        <translation>최종 결과</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="53" />
        <source>Selected step</source>
        <translation>선택한 단계</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="56" />
        <source>Show the pipeline's output, or the output of the selected step</source>
        <translation>파이프라인의 최종 출력 또는 선택한 단계의 출력 표시</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="58" />
        <source>Fast preview</source>
        <translation>빠른 미리보기</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="60" />
        <source>Compute at screen resolution while dragging; full resolution on release</source>
        <translation>드래그하는 동안 화면 해상도로 계산하고, 놓으면 원본 해상도로 계산</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="62" />
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="63" />
        <source>  Show:</source>
        <translation>  표시:</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="64" />
        <source>Which image the histogram measures</source>
        <translation>히스토그램을 잴 영상</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="65" />
        <source>Histogram of</source>
        <translation>히스토그램 대상</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="66" />
        <source>Histogram</source>
        <translation>히스토그램</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="67" />
        <source>Try all thresholds</source>
        <translation>모든 이진화 방법 비교</translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="69" />
        <source>Pick an image on the left to start.</source>
        <translation>왼쪽에서 이미지를 골라 시작하세요.</translation>
    </message>
</context><context>
    <name>Review</name>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="178" />
        <location filename="../../app/gui/review/audit/job.py" line="177" />
        <location filename="../../app/gui/review/presence.py" line="38" />
        <source>starting</source>
        <translation>시작하는 중</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/presence.py" line="39" />
        <source>auto-label running in another process ({where})</source>
        <translation>다른 프로세스에서 자동 라벨링 실행 중 ({where})</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/presence.py" line="70" />
        <source>Could not tell other processes this dataset is open: {why}</source>
        <translation>이 데이터셋이 열려 있다는 것을 다른 프로세스에 알리지 못했습니다: {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/doc.py" line="159" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/shared_label.py" line="42" />
        <source>shares its label file {label} with {names}: read-only here; rename one of them or move it into another folder</source>
        <translation>라벨 파일 {label}을(를) {names}와(과) 함께 씀: 여기서는 읽기 전용입니다. 둘 중 하나의 이름을 바꾸거나 다른 폴더로 옮기세요</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/shared_label.py" line="72" />
        <source>{names} and {last}</source>
        <translation>{names} 및 {last}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/shared_label.py" line="75" />
        <source>{name} shares its label file with {names}: rename one of them or move it into another folder</source>
        <translation>{name}이(가) {names}와(과) 라벨 파일을 함께 씁니다: 하나의 이름을 바꾸거나 다른 폴더로 옮기세요</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/shared_label.py" line="78" />
        <source>{label}: shared by the images {who} (Ultralytics reads one .txt per image name): open read-only, nothing is written here; rename one of them or move it into another folder</source>
        <translation>{label}: 이미지 {who}이(가) 함께 쓰는 라벨 파일입니다 (Ultralytics는 이미지 이름마다 .txt 하나를 읽습니다). 읽기 전용으로 열었고 여기서는 아무것도 쓰지 않습니다. 하나의 이름을 바꾸거나 다른 폴더로 옮기세요</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/shared_label.py" line="98" />
        <source>Not accepted: {image} shares its label file with {others} (rename one of them or move it into another folder)</source>
        <translation>검수 완료 안 됨: {image}이(가) {others}와(과) 라벨 파일을 함께 씁니다 (하나의 이름을 바꾸거나 다른 폴더로 옮기세요)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="164" />
        <source>Prev</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="164" />
        <source>Previous image (saves the current one)</source>
        <translation>이전 이미지 (현재 이미지는 저장)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="165" />
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="165" />
        <source>Next image (saves the current one)</source>
        <translation>다음 이미지 (현재 이미지는 저장)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="168" />
        <source>Accept</source>
        <translation>검수 완료</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="169" />
        <source>Accept as reviewed and open the next image in the queue</source>
        <translation>검수 완료로 표시하고 큐의 다음 이미지 열기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="171" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="171" />
        <source>Save the label file now</source>
        <translation>라벨 파일을 지금 저장</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="172" />
        <source>Draw</source>
        <translation>그리기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="172" />
        <source>Draw a box</source>
        <translation>박스 그리기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="173" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="91" />
        <location filename="../../app/gui/review/pane.py" line="173" />
        <source>Delete the selected boxes</source>
        <translation>선택한 박스 삭제</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="174" />
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="272" />
        <location filename="../../app/gui/review/toolbar/keys.py" line="166" />
        <location filename="../../app/gui/review/pane.py" line="174" />
        <source>Fit the image</source>
        <translation>이미지를 화면에 맞춤</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="175" />
        <source>Keys</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="175" />
        <source>Keyboard help</source>
        <translation>단축키 도움말</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="178" />
        <source>Predictions</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="179" />
        <source>Draw the model's predictions stored in the index (dashed, class and confidence) where they differ from the labels</source>
        <translation>인덱스에 저장된 모델 예측을 라벨과 다른 곳에 그립니다 (점선, 클래스와 신뢰도)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="194" />
        <source>Class of new boxes</source>
        <translation>새 박스의 클래스</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="210" />
        <source>Open a dataset (File menu), then pick an image from the queue</source>
        <translation>데이터셋을 연 뒤(파일 메뉴) 큐에서 이미지를 고르세요</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="212" />
        <source>Opening the dataset…</source>
        <translation>데이터셋을 여는 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="335" />
        <source>Nothing to undo</source>
        <translation>되돌릴 작업이 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="341" />
        <source>Back to {name} to undo: {what}</source>
        <translation>되돌리려고 {name}(으)로 돌아감: {what}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="356" />
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="361" />
        <source>Undo {what} (back to {name})</source>
        <translation>되돌리기: {what} ({name}(으)로 돌아감)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="363" />
        <source>Undo {what}</source>
        <translation>되돌리기: {what}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="367" />
        <source>Redo {what}</source>
        <translation>다시 실행: {what}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="367" />
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="451" />
        <source>Cannot open the dataset index</source>
        <translation>데이터셋 인덱스를 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="468" />
        <source>Index refresh failed: {why}</source>
        <translation>인덱스 갱신 실패: {why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="470" />
        <source>Indexing…</source>
        <translation>인덱싱 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/pane.py" line="493" />
        <source>Indexing… %Ln image(s)</source>
        <translation>
            <numerusform>인덱싱 중… 이미지 %Ln장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/pane.py" line="504" />
        <source>Index up to date: %Ln image(s) in {seconds} s</source>
        <translation>
            <numerusform>인덱스 최신 상태: 이미지 %Ln장, {seconds}초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/pane.py" line="542" />
        <source>%Ln image(s) in this list</source>
        <translation>
            <numerusform>이 목록의 이미지 %Ln장</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="544" />
        <source> · no audit yet: name order</source>
        <translation> · 라벨 점검 없음: 이름순</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="619" />
        <source>End of the list</source>
        <translation>목록의 끝입니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="619" />
        <source>Start of the list</source>
        <translation>목록의 처음입니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="639" />
        <source>{image} is not in the open dataset {root}</source>
        <translation>{image}은(는) 열린 데이터셋 {root}에 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="669" />
        <source>Cannot add the class</source>
        <translation>클래스를 추가할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="680" />
        <source>Added class {id} {name} ({file})</source>
        <translation>클래스 추가: {id} {name} ({file})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/pane.py" line="695" />
        <source>Its label files already use %n class id(s) ({ids}): name them in that order.</source>
        <translation>
            <numerusform>라벨 파일에 이미 클래스 ID %n개({ids})가 쓰였습니다: 그 순서대로 이름을 적으세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="706" />
        <source>Class names</source>
        <translation>클래스 이름</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="707" />
        <source>{folder} has no class list yet (data.yaml or classes.txt).</source>
        <translation>{folder}에는 아직 클래스 목록(data.yaml 또는 classes.txt)이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="712" />
        <source>Type the class names, one per line: the first line is class 0. They are saved in classes.txt.</source>
        <translation>클래스 이름을 한 줄에 하나씩 입력하세요. 첫 줄이 클래스 0입니다. classes.txt에 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="752" />
        <source>read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="754" />
        <source>outside edit: not saved</source>
        <translation>외부 수정: 저장 안 됨</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="756" />
        <source>save failed: not saved</source>
        <translation>저장 실패: 저장 안 됨</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="758" />
        <source>unsaved changes</source>
        <translation>저장 안 된 변경</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="760" />
        <source>saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="762" />
        <source>no changes</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="768" />
        <source>{pos} of {total}{more} in list</source>
        <translation>목록 {total}{more}개 중 {pos}번째</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="772" />
        <source>not in this list</source>
        <translation>이 목록에 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/pane.py" line="774" />
        <source>%n box(es)</source>
        <translation>
            <numerusform>박스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/guard.py" line="94" />
        <source>%n unsaved edit(s) from the last session: restore?</source>
        <translation>
            <numerusform>지난 세션에서 저장하지 않은 수정 %n개: 복원할까요?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="95" />
        <source>LabelBench ended without saving {names}. Restored edits are unsaved until you save them (Ctrl+S, or leave the image).</source>
        <translation>LabelBench가 {names}을(를) 저장하지 않고 종료되었습니다. 복원한 수정은 저장할 때까지(Ctrl+S, 또는 다른 이미지로 이동) 저장되지 않은 상태입니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="101" />
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="102" />
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="121" />
        <source>Could not keep the unsaved edits aside: {why}</source>
        <translation>저장하지 않은 수정을 따로 보관하지 못했습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="171" />
        <source>Could not save {name}: your edits are not saved</source>
        <translation>{name}을(를) 저장하지 못했습니다: 수정 내용이 저장되지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="172" />
        <source>{why}
They are kept here (and aside, should LabelBench end). Make the folder writable or free space, then try again; or discard them.</source>
        <translation>{why}
수정 내용은 여기에 남아 있습니다 (LabelBench가 종료되어도 따로 보관됩니다). 폴더에 쓰기 권한을 주거나 공간을 확보한 뒤 다시 시도하거나, 수정을 버리세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="240" />
        <location filename="../../app/gui/review/guard.py" line="178" />
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="179" />
        <source>Discard my edits</source>
        <translation>내 수정 버리기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="183" />
        <source>Not saved: {why}</source>
        <translation>저장 안 됨: {why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="193" />
        <source>Reopen it where it is now</source>
        <translation>지금 위치에서 다시 열기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="195" />
        <source>Find it…</source>
        <translation>위치 찾기…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/guard.py" line="200" />
        <source>; your %n unsaved edit(s) kept here</source>
        <translation>
            <numerusform>. 저장하지 않은 수정 %n개는 여기에 남아 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="202" />
        <source>{why}. Nothing was written{kept}.
It is now at {place}.</source>
        <translation>{why}. 아무것도 쓰지 않았습니다{kept}.
지금 위치: {place}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="205" />
        <source>{why}. Nothing was written{kept}.
Reopen it where it is now to go on.</source>
        <translation>{why}. 아무것도 쓰지 않았습니다{kept}.
계속하려면 지금 위치에서 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="211" />
        <source>The dataset folder is gone: moved, renamed or deleted while it was open</source>
        <translation>데이터셋 폴더가 사라졌습니다: 열려 있는 동안 옮겨졌거나 이름이 바뀌었거나 삭제되었습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="216" />
        <source>{why}: nothing was written</source>
        <translation>{why}: 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="222" />
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="224" />
        <source>Your edits were discarded: the label file as it is on disk</source>
        <translation>수정을 버렸습니다: 디스크에 있는 그대로의 라벨 파일입니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="239" />
        <source>Where is the dataset now?</source>
        <translation>데이터셋은 지금 어디에 있나요?</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="261" />
        <source>Reopened the dataset at {root}</source>
        <translation>{root}에서 데이터셋을 다시 열었습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/guard.py" line="263" />
        <source>; %n unsaved edit(s) carried over</source>
        <translation>
            <numerusform>. 저장하지 않은 수정 %n개를 가져왔습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="285" />
        <source>Unsaved edits</source>
        <translation>저장하지 않은 수정</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/guard.py" line="286" />
        <source>%n image(s) with edits that could not be saved: {names}</source>
        <translation>
            <numerusform>저장하지 못한 수정이 있는 이미지 %n장: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="296" />
        <source>{why}: saving is not possible.</source>
        <translation>{why}: 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="300" />
        <source>Save tries again (overwriting a file changed outside); Discard drops the edits; Cancel goes back to them.</source>
        <translation>저장은 다시 시도합니다 (외부에서 수정된 파일은 덮어씀). 버리기는 수정을 버립니다. 취소는 수정으로 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="321" />
        <source>Not saved</source>
        <translation>저장 안 됨</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/guard.py" line="322" />
        <source>%n image(s) could not be saved: {why}
Nothing was closed.</source>
        <translation>
            <numerusform>이미지 %n장을 저장하지 못했습니다: {why}
아무것도 닫지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="344" />
        <source>{path} was changed outside LabelBench</source>
        <translation>{path}이(가) LabelBench 밖에서 수정되었습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="143" />
        <source>{path}: cannot read ({why})</source>
        <translation>{path}: 읽을 수 없음 ({why})</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="173" />
        <source>This image cannot be shown</source>
        <translation>이 이미지를 표시할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="219" />
        <source>Saved {name} at {time}</source>
        <translation>{time}에 {name} 저장함</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="235" />
        <source>Resolve the outside edit of this label file first (message above the image)</source>
        <translation>먼저 이 라벨 파일의 외부 수정을 해결하세요 (이미지 위의 메시지)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="253" />
        <source>This label file has lines that cannot be read: choose what to do (message above)</source>
        <translation>이 라벨 파일에 읽을 수 없는 줄이 있습니다: 어떻게 할지 고르세요 (위의 메시지)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="261" />
        <source>{name} was just changed outside LabelBench: reloaded, not accepted; look at it again</source>
        <translation>{name}이(가) 방금 LabelBench 밖에서 수정되었습니다: 다시 불러왔고 검수 완료하지 않았습니다. 다시 확인하세요</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="285" />
        <source>Label file changed outside LabelBench after you saved it: reloaded; Ctrl+Z brings your version back</source>
        <translation>저장한 뒤 라벨 파일이 LabelBench 밖에서 수정되어 다시 불러왔습니다. Ctrl+Z로 내 버전을 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="295" />
        <source>{name} was changed outside LabelBench after you saved it</source>
        <translation>저장한 뒤 {name}이(가) LabelBench 밖에서 수정되었습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="298" />
        <source>{path}
Another window or program wrote it: it is shown as it is now. Your version is one undo away (Ctrl+Z).</source>
        <translation>{path}
다른 창이나 프로그램이 이 파일을 썼습니다: 지금 상태 그대로 보여 줍니다. 내 버전은 되돌리기 한 번(Ctrl+Z)이면 돌아옵니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="303" />
        <source>Back to my version</source>
        <translation>내 버전으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="307" />
        <source>Label file changed outside LabelBench: reloaded</source>
        <translation>라벨 파일이 LabelBench 밖에서 수정되어 다시 불러왔습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="317" />
        <source>Load the file changed outside</source>
        <translation>외부에서 수정된 파일 불러오기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="332" />
        <source>{name} was changed outside LabelBench while you were editing it</source>
        <translation>편집하는 동안 {name}이(가) LabelBench 밖에서 수정되었습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="335" />
        <source>{path}
Nothing was written. Keep your edits (overwrite the file) or load the file from disk (your edits stay in undo history of this session only until you leave).</source>
        <translation>{path}
아무것도 쓰지 않았습니다. 내 수정을 유지하거나 (파일 덮어쓰기) 디스크의 파일을 불러오세요 (내 수정은 이 이미지를 떠나기 전까지만 이번 세션의 되돌리기 기록에 남습니다).</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="341" />
        <source>Load file from disk</source>
        <translation>디스크에서 파일 불러오기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="342" />
        <source>Keep my edits (overwrite)</source>
        <translation>내 수정 유지 (덮어쓰기)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/editing.py" line="356" />
        <source>{name}: %n line(s) cannot be read as labels; the file is open read-only</source>
        <translation>
            <numerusform>{name}: %n줄을 라벨로 읽을 수 없어 파일을 읽기 전용으로 열었습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="361" />
        <source>Open file in editor</source>
        <translation>편집기에서 파일 열기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="362" />
        <source>Leave file unchanged</source>
        <translation>파일 그대로 두기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/editing.py" line="367" />
        <source>Remove %n bad line(s) and edit</source>
        <translation>
            <numerusform>잘못된 줄 %n개 지우고 편집</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/editing.py" line="375" />
        <source>{name}: boxes with a class id outside the %n class name(s) are kept and shown as 'class N?'</source>
        <translation>
            <numerusform>{name}: 클래스 이름 %n개 밖의 클래스 id를 가진 박스는 그대로 두고 '클래스 N?'으로 표시합니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="397" />
        <source>Loaded the label file from disk</source>
        <translation>디스크에서 라벨 파일을 불러왔습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="409" />
        <source>{name} left unchanged (read-only here)</source>
        <translation>{name}을(를) 그대로 두었습니다 (여기서는 읽기 전용)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/queue_list.py" line="20" />
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/queue_list.py" line="21" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="54" />
        <location filename="../../app/gui/review/queue_list.py" line="22" />
        <source>Boxes</source>
        <translation>박스</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/queue_list.py" line="23" />
        <source>Min conf</source>
        <translation>최소 신뢰도</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/queue_list.py" line="27" />
        <source>reviewed</source>
        <translation>검수됨</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/queue_list.py" line="28" />
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/queue_list.py" line="29" />
        <source>labeled</source>
        <translation>라벨 있음</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/queue_list.py" line="30" />
        <source>unlabeled</source>
        <translation>라벨 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/queue_list.py" line="186" />
        <source>status: {status}</source>
        <translation>상태: {status}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/queue_list.py" line="187" />
        <source> (edited by a person)</source>
        <translation> (사람이 수정함)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/queue_list.py" line="189" />
        <source>%n malformed line(s) in the label file</source>
        <translation>
            <numerusform>라벨 파일에 잘못된 줄 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/queue_list.py" line="191" />
        <source>%n box(es) with an unknown class id</source>
        <translation>
            <numerusform>알 수 없는 클래스 ID의 박스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/queue_list.py" line="195" />
        <source>audit: %n finding(s): {kinds}</source>
        <translation>
            <numerusform>라벨 점검: 발견 %n건: {kinds}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="35" />
        <source>To review (not accepted yet)</source>
        <translation>검수할 이미지 (아직 완료 안 됨)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="36" />
        <source>All images</source>
        <translation>모든 이미지</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="37" />
        <source>Auto-labeled</source>
        <translation>자동 라벨링됨</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="38" />
        <source>Labeled (not by auto-label)</source>
        <translation>라벨 있음 (자동 라벨링 아님)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="39" />
        <source>Unlabeled</source>
        <translation>라벨 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="40" />
        <source>Reviewed</source>
        <translation>검수 완료</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="43" />
        <source>Least sure first (review queue)</source>
        <translation>확신 낮은 순 (검수 큐)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="44" />
        <source>Likely mistakes first (audit)</source>
        <translation>오류 가능성 높은 순 (라벨 점검)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="45" />
        <source>Name</source>
        <translation>이름순</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="46" />
        <source>Most boxes first</source>
        <translation>박스 많은 순</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="47" />
        <source>Mean confidence</source>
        <translation>평균 신뢰도</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="118" />
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="118" />
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="118" />
        <source>Order</source>
        <translation>정렬</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="154" />
        <location filename="../../app/gui/review/controls.py" line="126" />
        <source>All classes</source>
        <translation>모든 클래스</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="128" />
        <source>No dataset open</source>
        <translation>열린 데이터셋 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="177" />
        <source>Reviewed {done} / {total}</source>
        <translation>검수 완료 {done} / {total}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="229" />
        <source>Class of the selected boxes (as in the label files; digit key in brackets)</source>
        <translation>선택한 박스의 클래스 (라벨 파일의 번호, 괄호 안은 숫자 키)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="231" />
        <source>New class name</source>
        <translation>새 클래스 이름</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="232" />
        <source>Add class</source>
        <translation>클래스 추가</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="233" />
        <source>Classes (untick to hide; double-click sets the selection's class)</source>
        <translation>클래스 (체크 해제하면 숨김, 더블 클릭하면 선택한 박스의 클래스로 지정)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/controls.py" line="273" />
        <source>Class of selection (%n boxes, mixed)</source>
        <translation>
            <numerusform>선택한 박스의 클래스 (박스 %n개, 여러 클래스)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/controls.py" line="275" />
        <source>Class of selection (%n boxes)</source>
        <translation>
            <numerusform>선택한 박스의 클래스 (박스 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="277" />
        <source>Class of selection</source>
        <translation>선택한 박스의 클래스</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="279" />
        <source>Class of selection: nothing selected</source>
        <translation>선택한 박스의 클래스: 선택 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="290" />
        <source>Hide boxes below confidence {conf}</source>
        <translation>신뢰도 {conf} 미만 박스 숨기기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/banner.py" line="28" />
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/shapes/suggested.py" line="19" />
        <source>Y: the index holds no predicted polygon or rotated box for this finding; edit the shape by hand (N keeps it)</source>
        <translation>Y: 인덱스에 이 발견 항목의 예측 폴리곤이나 회전 박스가 없습니다. 도형을 직접 수정하세요 (N은 그대로 유지)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/shapes/simplify_box.py" line="46" />
        <source>Simplify (G): the selected polygons lose the vertices that lie closer than this (image pixels) to the simpler outline</source>
        <translation>단순화 (G): 선택한 폴리곤에서 단순한 외곽선과의 거리가 이 값(이미지 픽셀)보다 가까운 꼭짓점을 없앱니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/shapes/simplify_box.py" line="51" />
        <source>Simplify (G)</source>
        <translation>단순화 (G)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="36" />
        <source>Snap: a polygon or rotated box is not snapped (a snap is a box); S proposes a new shape instead</source>
        <translation>객체에 맞추기: 폴리곤이나 회전 박스는 맞추지 않습니다 (맞추기 결과는 박스). 대신 S로 새 도형을 제안받으세요</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="86" />
        <source>Snap to the object ({keys}): drag a loose box or click inside an object; Enter accepts, Esc drops, wheel or +/- changes the tolerance</source>
        <translation>객체에 맞추기 ({keys}): 대충 박스를 끌어 그리거나 객체 안을 클릭하세요. Enter는 적용, Esc는 취소, 휠이나 +/-는 허용 오차 변경</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="211" />
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="90" />
        <source>(no key)</source>
        <translation>(키 없음)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="92" />
        <source>Snap</source>
        <translation>맞추기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="93" />
        <source>Snap the selected box</source>
        <translation>선택한 박스를 객체에 맞추기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="111" />
        <source>Snap: drag a loose box or click inside an object</source>
        <translation>객체에 맞추기: 대충 박스를 끌어 그리거나 객체 안을 클릭하세요</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="113" />
        <source>Snap off</source>
        <translation>객체에 맞추기 끔</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="131" />
        <source>Snap: select a box first</source>
        <translation>객체에 맞추기: 먼저 박스를 선택하세요</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="148" />
        <source>Snap: {why}</source>
        <translation>객체에 맞추기: {why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="154" />
        <source>Snap: {method}, confidence {conf}, tolerance {tol}, {ms} ms; Enter accepts, Esc drops, wheel or +/- changes the tolerance</source>
        <translation>객체에 맞추기: {method}, 신뢰도 {conf}, 허용 오차 {tol}, {ms} ms. Enter는 적용, Esc는 취소, 휠이나 +/-는 허용 오차 변경</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="176" />
        <source>Snap dropped: the image changed</source>
        <translation>맞추기 취소: 이미지가 바뀌었습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="182" />
        <source>Snap box</source>
        <translation>박스 맞추기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="187" />
        <source>Snapped ({method}, confidence {conf})</source>
        <translation>맞춤 완료 ({method}, 신뢰도 {conf})</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="208" />
        <source>Snap dropped</source>
        <translation>맞추기 취소</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/new_class.py" line="14" />
        <source>ask at each new box</source>
        <translation>새 박스마다 묻기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/new_class.py" line="29" />
        <source>Class of new boxes: picked before drawing (also a digit key with no box selected), or asked at each new box</source>
        <translation>새 박스의 클래스: 그리기 전에 고르거나(박스를 선택하지 않고 숫자 키로도 가능) 새 박스마다 묻습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="18" />
        <source>Review</source>
        <translation>검수</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="22" />
        <source>Accept the image as reviewed (saves it) and open the next one in the queue</source>
        <translation>이미지를 검수 완료로 표시(저장)하고 큐의 다음 이미지 열기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="28" />
        <source>Next / previous image (saves the current one)</source>
        <translation>다음 / 이전 이미지 (현재 이미지는 저장)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="32" />
        <source>Save now (autosave also runs when leaving an image and after 2 s idle)</source>
        <translation>지금 저장 (이미지를 떠날 때와 2초 동안 입력이 없을 때도 자동 저장)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="36" />
        <source>Undo / redo (history per image, until another dataset opens; with nothing to undo here, Ctrl+Z goes back to the image edited last, such as one fixed with Y, and undoes there)</source>
        <translation>되돌리기 / 다시 실행 (이미지마다 기록, 다른 데이터셋을 열 때까지 유지. 여기서 되돌릴 것이 없으면 Ctrl+Z는 마지막으로 수정한 이미지(Y로 고친 이미지 등)로 돌아가 그곳에서 되돌립니다)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="45" />
        <source>Show / hide this help</source>
        <translation>이 도움말 보이기 / 숨기기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="49" />
        <source>Audit finding: apply the model's suggestion / keep the label (dismissed)</source>
        <translation>라벨 점검 발견 항목: 모델의 제안 적용 / 라벨 유지 (항목 닫음)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="57" />
        <source>{draw}, or drag on empty space</source>
        <translation>{draw}, 또는 빈 곳에서 끌기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="58" />
        <source>Draw a box (crosshair, and the class it gets, while drawing); it asks for its class at the box (Enter: the suggested one, a digit: another) unless a class was picked before drawing</source>
        <translation>박스 그리기 (그리는 동안 십자선과 붙을 클래스 표시). 그리기 전에 클래스를 고르지 않았으면 박스 옆에서 클래스를 묻습니다 (Enter: 제안된 클래스, 숫자: 다른 클래스)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="67" />
        <source>Select the next / previous box, least confident first</source>
        <translation>다음 / 이전 박스 선택 (신뢰도 낮은 순)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="70" />
        <source>Click, Ctrl+click, {select_all}</source>
        <translation>클릭, Ctrl+클릭, {select_all}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="71" />
        <source>Select a box, add to the selection, select all</source>
        <translation>박스 선택, 선택에 추가, 모두 선택</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="74" />
        <source>Drag a box / a handle</source>
        <translation>박스 / 손잡이 끌기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="75" />
        <source>Move (all selected boxes) / resize by any of the 8 handles</source>
        <translation>이동 (선택한 모든 박스) / 8개 손잡이 중 하나로 크기 조절</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="79" />
        <source>Set the class of the selected boxes: key 1 is class 0 of the label files, key 9 class 8 (no selection: pick the class of new boxes)</source>
        <translation>선택한 박스의 클래스 지정: 키 1은 라벨 파일의 클래스 0, 키 9는 클래스 8 (선택 없음: 새 박스의 클래스 고르기)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="86" />
        <source>{class_menu}, or right click</source>
        <translation>{class_menu}, 또는 오른쪽 클릭</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="256" />
        <location filename="../../app/gui/review/toolbar/keys.py" line="87" />
        <source>Class picker for the selected boxes</source>
        <translation>선택한 박스의 클래스 선택 메뉴</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="262" />
        <location filename="../../app/gui/review/toolbar/keys.py" line="95" />
        <source>Nudge the selected boxes by 1 pixel</source>
        <translation>선택한 박스를 1픽셀 이동</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="99" />
        <source>Copy / paste / duplicate boxes</source>
        <translation>박스 복사 / 붙여넣기 / 복제</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="258" />
        <location filename="../../app/gui/review/toolbar/keys.py" line="103" />
        <source>Add the boxes of the previous image</source>
        <translation>이전 이미지의 박스 추가</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="107" />
        <source>Snap tool on / off: drag a loose box or click inside an object, and its tight box is proposed (Enter or Space accepts, Esc drops, wheel or +/- changes the tolerance) / snap the selected box</source>
        <translation>객체에 맞추기 켜기 / 끄기: 대충 박스를 끌어 그리거나 객체 안을 클릭하면 꼭 맞는 박스를 제안합니다 (Enter나 Space는 적용, Esc는 취소, 휠이나 +/-는 허용 오차 변경) / 선택한 박스 맞추기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="116" />
        <source>Cancel drawing, clear the selection, close this help</source>
        <translation>그리기 취소, 선택 해제, 이 도움말 닫기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="121" />
        <source>Polygons and rotated boxes</source>
        <translation>폴리곤과 회전 박스</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="124" />
        <source>Drag a vertex, Alt+click an edge</source>
        <translation>꼭짓점 끌기, 변을 Alt+클릭</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="125" />
        <source>Move a vertex / insert one on the edge (double click too)</source>
        <translation>꼭짓점 이동 / 변에 꼭짓점 추가 (더블 클릭도 가능)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="128" />
        <source>Click a vertex, then {delete}</source>
        <translation>꼭짓점 클릭 후 {delete}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="129" />
        <source>Delete that vertex (a polygon keeps at least 3)</source>
        <translation>그 꼭짓점 삭제 (폴리곤은 최소 3개 유지)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="132" />
        <source>{polygon}, clicks, {close_polygon}</source>
        <translation>{polygon}, 클릭, {close_polygon}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="133" />
        <source>Draw a polygon point by point; Enter or a double click closes it, Esc cancels</source>
        <translation>점을 하나씩 찍어 폴리곤 그리기. Enter나 더블 클릭으로 닫고 Esc로 취소</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="139" />
        <source>Simplify the selected polygons (2 px tolerance) / turn them into their box</source>
        <translation>선택한 폴리곤 단순화 (허용 오차 2 px) / 바운딩 박스로 바꾸기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="145" />
        <source>Rotate the selected rotated boxes by 1°; drag the knob to rotate, a handle to resize along its sides</source>
        <translation>선택한 회전 박스를 1° 회전. 회전 손잡이를 끌면 회전, 크기 손잡이를 끌면 변 방향으로 크기 조절</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="154" />
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="157" />
        <source>Wheel, {zoom_in} / {zoom_out}</source>
        <translation>휠, {zoom_in} / {zoom_out}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="158" />
        <source>Zoom around the cursor</source>
        <translation>커서를 중심으로 확대/축소</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="161" />
        <source>Middle or right drag</source>
        <translation>가운데 또는 오른쪽 버튼 끌기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="162" />
        <source>Pan</source>
        <translation>화면 이동</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="165" />
        <source>{fit}, middle double click</source>
        <translation>{fit}, 가운데 버튼 더블 클릭</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="197" />
        <source>Arrow keys</source>
        <translation>방향키</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="198" />
        <source>Shift+arrow keys</source>
        <translation>Shift+방향키</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="204" />
        <source>{key} (or {others})</source>
        <translation>{key} (또는 {others})</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="250" />
        <source>Set the class of the selected boxes (no selection: class of new boxes)</source>
        <translation>선택한 박스의 클래스 지정 (선택 없음: 새 박스의 클래스)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="251" />
        <source>Draw a box (crosshair while drawing)</source>
        <translation>박스 그리기 (그리는 동안 십자선)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="252" />
        <source>Delete the selected boxes (a picked vertex of a polygon: that vertex)</source>
        <translation>선택한 박스 삭제 (폴리곤의 꼭짓점을 골랐으면 그 꼭짓점)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="253" />
        <source>Select the next box, least confident first</source>
        <translation>다음 박스 선택 (신뢰도 낮은 순)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="254" />
        <source>Select the previous box</source>
        <translation>이전 박스 선택</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="255" />
        <source>Cancel drawing, clear the selection</source>
        <translation>그리기 취소, 선택 해제</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="257" />
        <source>Copy the selected boxes</source>
        <translation>선택한 박스 복사</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="259" />
        <source>Paste boxes</source>
        <translation>박스 붙여넣기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="260" />
        <source>Duplicate the selected boxes</source>
        <translation>선택한 박스 복제</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="261" />
        <source>Select all boxes</source>
        <translation>모든 박스 선택</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="263" />
        <source>Nudge the selected boxes by 10 pixels</source>
        <translation>선택한 박스를 10픽셀 이동</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="264" />
        <source>Draw a polygon point by point</source>
        <translation>점을 하나씩 찍어 폴리곤 그리기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="265" />
        <source>Close the polygon being drawn</source>
        <translation>그리는 폴리곤 닫기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="266" />
        <source>Simplify the selected polygons</source>
        <translation>선택한 폴리곤 단순화</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="267" />
        <source>Turn the selected polygons into their boxes</source>
        <translation>선택한 폴리곤을 바운딩 박스로 바꾸기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="268" />
        <source>Rotate the selected rotated boxes 1° counterclockwise</source>
        <translation>선택한 회전 박스를 반시계 방향으로 1° 회전</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="269" />
        <source>Rotate the selected rotated boxes 1° clockwise</source>
        <translation>선택한 회전 박스를 시계 방향으로 1° 회전</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="270" />
        <source>Rotate by 10° counterclockwise</source>
        <translation>반시계 방향으로 10° 회전</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="271" />
        <source>Rotate by 10° clockwise</source>
        <translation>시계 방향으로 10° 회전</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="273" />
        <source>Zoom to 100 %</source>
        <translation>100 % 크기로 보기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="274" />
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="275" />
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="282" />
        <source>This label file is read-only here (see the message above the image)</source>
        <translation>이 라벨 파일은 여기서 읽기 전용입니다 (이미지 위 메시지 참고)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="283" />
        <source>No class {id}: the dataset has classes 0 to {last}</source>
        <translation>클래스 {id} 없음: 데이터셋의 클래스는 0부터 {last}까지입니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="284" />
        <source>New boxes: {cls}</source>
        <translation>새 박스: {cls}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="285" />
        <source>new box: asks its class</source>
        <translation>새 박스: 클래스를 물어봄</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="286" />
        <source>new box: {cls}</source>
        <translation>새 박스: {cls}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="287" />
        <source>No box drawn: the folder has no class names yet</source>
        <translation>박스를 그리지 않음: 폴더에 아직 클래스 이름이 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="288" />
        <source>No polygon drawn: the folder has no class names yet</source>
        <translation>폴리곤을 그리지 않음: 폴더에 아직 클래스 이름이 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="289" />
        <source>Copied {n} box(es)</source>
        <translation>박스 {n}개 복사</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="290" />
        <source>Copied {n} shape(s)</source>
        <translation>도형 {n}개 복사</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="291" />
        <source>No boxes on the previous image</source>
        <translation>이전 이미지에 박스가 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="292" />
        <source>A polygon keeps at least 3 points (Del without a picked vertex deletes it)</source>
        <translation>폴리곤은 점이 최소 3개 있어야 합니다 (꼭짓점을 고르지 않고 Del을 누르면 폴리곤 삭제)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="293" />
        <source>Rotated boxes: draw one with W, then turn it with Z / X or its knob</source>
        <translation>회전 박스: W로 그린 뒤 Z / X나 회전 손잡이로 돌리세요</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="294" />
        <source>Click the points of the polygon; Enter or a double click closes it, Esc cancels</source>
        <translation>폴리곤의 점을 클릭하세요. Enter나 더블 클릭으로 닫고 Esc로 취소합니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="297" />
        <source>A polygon needs at least 3 points: nothing drawn</source>
        <translation>폴리곤에는 점이 최소 3개 필요합니다: 그리지 않음</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="298" />
        <source>Simplified: {before} → {after} points (tolerance {px} px)</source>
        <translation>단순화: 점 {before}개 → {after}개 (허용 오차 {px} px)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="299" />
        <source>Class {name}</source>
        <translation>클래스 {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="300" />
        <source>Delete {n} box</source>
        <translation>박스 {n}개 삭제</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="301" />
        <source>Delete {n} boxes</source>
        <translation>박스 {n}개 삭제</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="302" />
        <source>Draw box</source>
        <translation>박스 그리기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="303" />
        <source>Draw {name}</source>
        <translation>{name} 그리기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="304" />
        <source>Draw polygon</source>
        <translation>폴리곤 그리기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="305" />
        <source>Nudge</source>
        <translation>조금 이동</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="306" />
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="307" />
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="308" />
        <source>Boxes of previous image</source>
        <translation>이전 이미지의 박스</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="309" />
        <source>Move</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="310" />
        <source>Resize</source>
        <translation>크기 조절</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="311" />
        <source>Delete vertex</source>
        <translation>꼭짓점 삭제</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="312" />
        <source>Insert vertex</source>
        <translation>꼭짓점 추가</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="313" />
        <source>Move vertex</source>
        <translation>꼭짓점 이동</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="314" />
        <source>Simplify</source>
        <translation>단순화</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="315" />
        <source>Polygon to box</source>
        <translation>폴리곤을 박스로</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="316" />
        <source>Rotate</source>
        <translation>회전</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="355" />
        <source>Review keys</source>
        <translation>검수 단축키</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="355" />
        <source>F1 or Esc to close</source>
        <translation>F1이나 Esc로 닫기</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="78" />
        <source>No audit yet: this order needs one, so the list is in name order for now</source>
        <translation>아직 라벨 점검 없음: 이 정렬에는 점검이 필요해서 지금은 이름순으로 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="88" />
        <source>The audit compares labels with the model's view, and no image here has labels yet.</source>
        <translation>라벨 점검은 라벨을 모델의 판단과 비교하는데, 여기에는 아직 라벨이 있는 이미지가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="99" />
        <source>Choose a detection model (File ▸ Choose Model), then choose this order again to run the audit.</source>
        <translation>검출 모델을 고른 뒤 (파일 ▸ 모델 선택) 이 정렬을 다시 고르면 라벨 점검을 실행합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/audit/job.py" line="111" />
        <source>Run the audit: {model} looks at the %Ln labeled image(s) and ranks the labels most likely wrong (label files are only read).</source>
        <translation>
            <numerusform>라벨 점검 실행: {model}이(가) 라벨이 있는 이미지 %Ln장을 보고 틀렸을 가능성이 높은 라벨부터 순위를 매깁니다 (라벨 파일은 읽기만 합니다).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="118" />
        <source>Run the audit</source>
        <translation>라벨 점검 실행</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="118" />
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="141" />
        <source>Stopping the audit…</source>
        <translation>라벨 점검을 멈추는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/audit/job.py" line="175" />
        <source>{done} / %Ln image(s)</source>
        <translation>
            <numerusform>{done} / %Ln장</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="179" />
        <source>second look</source>
        <translation>2차 확인</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="180" />
        <source>scoring</source>
        <translation>채점</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="192" />
        <source>Audit paused: {what}</source>
        <translation>라벨 점검 일시 정지: {what}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="193" />
        <source>Auditing the labels: {what}</source>
        <translation>라벨 점검 중: {what}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="205" />
        <source>The list is sorted by the findings when it finishes.</source>
        <translation>끝나면 목록을 점검 결과 순으로 정렬합니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="207" />
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="209" />
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="210" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="214" />
        <source>Auditing… {what}</source>
        <translation>라벨 점검 중… {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/audit/job.py" line="219" />
        <source>Audit: {flagged} of %Ln image(s) have findings ({seconds} s)</source>
        <translation>
            <numerusform>라벨 점검: 이미지 %Ln장 중 {flagged}장에 발견 항목 있음 ({seconds}초)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="238" />
        <source>The audit stopped</source>
        <translation>라벨 점검이 멈췄습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="244" />
        <source>Audit failed: {why}</source>
        <translation>라벨 점검 실패: {why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="250" />
        <source>Audit cancelled</source>
        <translation>라벨 점검 취소됨</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="251" />
        <source>Findings of the images audited so far are kept; run it again to finish.</source>
        <translation>지금까지 점검한 이미지의 결과는 남아 있습니다. 끝내려면 다시 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="252" />
        <source>Run again</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="38" />
        <source>set the class to {pred}</source>
        <translation>클래스를 {pred}(으)로 변경</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="39" />
        <source>take the model's box</source>
        <translation>모델의 박스로 교체</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="40" />
        <source>add the {pred} box</source>
        <translation>{pred} 박스 추가</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="41" />
        <source>delete the label</source>
        <translation>라벨 삭제</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="42" />
        <source>delete the duplicate</source>
        <translation>중복 라벨 삭제</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="46" />
        <source>swap</source>
        <translation>클래스 오류</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="47" />
        <source>badloc</source>
        <translation>위치 오류</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="48" />
        <source>overlooked</source>
        <translation>누락</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="49" />
        <source>spurious</source>
        <translation>오탐</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="50" />
        <source>duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="80" />
        <source>Keep the label (audit)</source>
        <translation>라벨 유지 (라벨 점검)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="119" />
        <source>Fix (audit)</source>
        <translation>수정 (라벨 점검)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="120" />
        <source>Apply the model's suggestion for the current audit finding</source>
        <translation>현재 라벨 점검 발견 항목에 모델의 제안을 적용</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="124" />
        <source>Keep (audit)</source>
        <translation>유지 (라벨 점검)</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="125" />
        <source>Keep the label as it is: dismiss the current audit finding</source>
        <translation>라벨을 그대로 두고 현재 라벨 점검 발견 항목을 닫습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/audit/view.py" line="198" />
        <source>(%n finding(s))</source>
        <translation>
            <numerusform>(발견 %n건)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="203" />
        <source>class {id}</source>
        <translation>클래스 {id}</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="209" />
        <source>{kind} {score}: {reason}   ·   {fix_key}: {fix}   ·   {keep_key}: keep the label</source>
        <translation>{kind} {score}: {reason}   ·   {fix_key}: {fix}   ·   {keep_key}: 라벨 유지</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="275" />
        <location filename="../../app/gui/review/audit/view.py" line="245" />
        <source>No audit finding on this image</source>
        <translation>이 이미지에는 라벨 점검 발견 항목이 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="268" />
        <source>Audit: {what}</source>
        <translation>라벨 점검: {what}</translation>
    </message>
</context><context>
    <name>ThresholdGrid</name>
    <message>
        <location filename="../../widgets/plots/threshold_grid.py" line="39" />
        <source>{name}: threshold {value}</source>
        <translation>{name}: 임계값 {value}</translation>
    </message>
    <message>
        <location filename="../../widgets/plots/threshold_grid.py" line="43" />
        <source>Click to use it</source>
        <translation>클릭하면 이 방법을 사용합니다</translation>
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
        <location filename="../../app/gui/training/form.py" line="123" />
        <source>Training data</source>
        <translation>학습 데이터</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="125" />
        <source>no dataset open</source>
        <translation>열린 데이터셋 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="130" />
        <source>What to train on: {choices}</source>
        <translation>학습 대상: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="131" />
        <source>split seed (the same seed gives the same split)</source>
        <translation>분할 시드 (같은 시드는 같은 분할을 만듭니다)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="132" />
        <source>stratify by class</source>
        <translation>클래스별 층화 분할</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="134" />
        <source>A family .yaml trains from random initialisation; a local .pt fine-tunes it. Nothing is downloaded.</source>
        <translation>모델 계열 .yaml은 무작위 초기화에서 학습하고, 로컬 .pt는 미세 조정합니다. 아무것도 내려받지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="139" />
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="141" />
        <source>auto: Ultralytics' optimizer=auto picks it; a value trains with SGD at that rate</source>
        <translation>자동: Ultralytics의 optimizer=auto가 고릅니다; 값을 넣으면 그 학습률로 SGD 학습</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="143" />
        <source>runs folder (default: &lt;dataset&gt;/.labelbench/runs)</source>
        <translation>실행 폴더 (기본: &lt;dataset&gt;/.labelbench/runs)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="144" />
        <source>Model and settings</source>
        <translation>모델과 설정</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="147" />
        <source>Train on</source>
        <translation>학습 대상</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="148" />
        <source>Val fraction</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="149" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="112" />
        <location filename="../../app/gui/training/form.py" line="180" />
        <location filename="../../app/gui/training/form.py" line="152" />
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="153" />
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="154" />
        <source>Image size</source>
        <translation>이미지 크기</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="155" />
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="157" />
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="158" />
        <source>Runs folder</source>
        <translation>실행 폴더</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="112" />
        <location filename="../../app/gui/training/form.py" line="180" />
        <source>YOLO models (*.pt *.yaml)</source>
        <translation>YOLO 모델 (*.pt *.yaml)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="127" />
        <source>Start training</source>
        <translation>학습 시작</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="130" />
        <source>idle</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="131" />
        <source>Runs (checked ones are plotted)</source>
        <translation>학습 기록 (체크한 것을 그래프에 표시)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="132" />
        <source>Open run folder…</source>
        <translation>실행 폴더 열기…</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="133" />
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="134" />
        <source>Use best.pt for auto-labeling</source>
        <translation>best.pt로 자동 라벨링</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="135" />
        <source>Model table and speed here…</source>
        <translation>모델 표와 이 컴퓨터의 속도…</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="136" />
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="136" />
        <source>Runs</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="150" />
        <source>Open a finished run folder or start a training run to see its curves and the diagnosis.</source>
        <translation>끝난 실행 폴더를 열거나 학습을 시작하면 학습 곡선과 진단이 여기에 보입니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="158" />
        <source>Kill</source>
        <translation>강제 종료</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="160" />
        <source>Terminate the training process now (the last saved epoch's weights stay)</source>
        <translation>학습 프로세스를 지금 끝냅니다 (마지막으로 저장된 에포크의 가중치는 남습니다)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="163" />
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="165" />
        <source>Finish the current batch, validate, save the weights and end the run</source>
        <translation>현재 배치를 마치고 검증한 뒤 가중치를 저장하고 학습을 끝냅니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="282" />
        <source>Stop the training before removing its run from the list</source>
        <translation>목록에서 제거하기 전에 학습을 중지하세요</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="305" />
        <source>Open an Ultralytics run folder</source>
        <translation>Ultralytics 실행 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="310" />
        <source>Open run</source>
        <translation>실행 열기</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="317" />
        <source>This run has no weights/best.pt yet</source>
        <translation>이 실행에는 아직 weights/best.pt가 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="320" />
        <source>Auto-label model: {path}</source>
        <translation>자동 라벨링 모델: {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="441" />
        <location filename="../../app/gui/training/pane.py" line="374" />
        <source>Open a dataset first (File menu).</source>
        <translation>먼저 데이터셋을 여세요 (파일 메뉴).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/training/pane.py" line="395" />
        <source>%Ln image(s) to train on, {val} to validate with</source>
        <translation>
            <numerusform>학습 %Ln장, 검증 {val}장</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="457" />
        <location filename="../../app/gui/training/pane.py" line="456" />
        <source>exporting the reviewed images…</source>
        <translation>검수한 이미지 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="466" />
        <source>{train} image(s) to train on and {val} to validate with: a run needs both. Review more images, or lower the val fraction / untick stratify.</source>
        <translation>학습 이미지 {train}장, 검증 이미지 {val}장: 학습에는 둘 다 필요합니다. 이미지를 더 검수하거나, 검증 비율을 낮추거나 층화 분할을 끄세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="473" />
        <source>exported {train} train + {val} val images ({rule})</source>
        <translation>학습 {train}장 + 검증 {val}장 내보냄 ({rule})</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="478" />
        <source>starting the training process…</source>
        <translation>학습 프로세스 시작 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="488" />
        <source>training → {path}</source>
        <translation>학습 중 → {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="516" />
        <source>killing…</source>
        <translation>강제 종료 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="521" />
        <source>stopping after this batch…</source>
        <translation>이번 배치 후 중지하는 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="533" />
        <source>epoch {epoch}/{epochs} · batch {batch}/{batches}</source>
        <translation>에포크 {epoch}/{epochs} · 배치 {batch}/{batches}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="536" />
        <source>epoch {epoch}/{epochs} done</source>
        <translation>에포크 {epoch}/{epochs} 완료</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="554" />
        <source>Training {outcome}</source>
        <translation>학습 {outcome}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="16" />
        <source>Overfitting</source>
        <translation>과적합</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="17" />
        <source>Linear curve: learning rate too low</source>
        <translation>직선 곡선: 학습률이 너무 낮음</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="18" />
        <source>Small decrease: learning rate too high</source>
        <translation>감소 폭이 작음: 학습률이 너무 높음</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="19" />
        <source>Large oscillation: batch too small</source>
        <translation>큰 진동: 배치가 너무 작음</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="20" />
        <source>Healthy</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="49" />
        <source>(training…)</source>
        <translation>(학습 중…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/training/runs.py" line="50" />
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>에포크 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="57" />
        <source>best epoch {epoch}</source>
        <translation>최고 에포크 {epoch}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="58" />
        <source>(by {metric} = {value})</source>
        <translation>({metric} = {value} 기준)</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="61" />
        <source>lowest val loss at epoch {epoch}</source>
        <translation>검증 손실 최저: 에포크 {epoch}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="62" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="63" />
        <source>overfitting onset: &lt;b&gt;{epoch}&lt;/b&gt;</source>
        <translation>과적합 시작: &lt;b&gt;{epoch}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="68" />
        <source>heuristic</source>
        <translation>경험적 판단</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="72" />
        <source> @ epoch {epoch}</source>
        <translation> @ 에포크 {epoch}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="74" />
        <source>rule: {rule}</source>
        <translation>규칙: {rule}</translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="82" />
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
