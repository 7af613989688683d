<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
    <name>Autolabel</name>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="95" />
        <source>Model and data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="96" />
        <source>Choose a model file (.pt, .onnx) or OpenVINO folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="97" />
        <source>folder, data.yaml or .txt list of images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="98" />
        <source>Choose a folder of images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="99" />
        <source>beside the images (images/ → labels/)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="100" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="102" />
        <source>Choose the folder the label files go to (empty: beside the images)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="104" />
        <source>as trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="107" />
        <source>auto (optimized for this machine)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="108" />
        <source>PyTorch (.pt as is)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="109" />
        <source>OpenVINO (cached export)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="110" />
        <source>ONNX Runtime (cached export)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="113" />
        <source>fast (fastest of int8 / bf16 / float32 passing a check)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="114" />
        <source>exact (float32, = yolo predict)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="115" />
        <source>int8 (calibrated on these images)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="117" />
        <source>this machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="117" />
        <source>Ray cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="123" />
        <source>auto: a .pt is exported once to OpenVINO with Ultralytics' exporter (cached by the model's hash in the cache folder, never beside the model) and run there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="129" />
        <source>relabel images done with the same settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="130" />
        <source>replace reviewed / hand-made labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="132" />
        <source>Ray cluster: workers infer on the cluster's nodes (pip install 'labelbench[ray]'), this app writes every label file and index row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="139" />
        <source>address: HOST:PORT or auto (empty: a private local Ray instance)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="142" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="143" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="144" />
        <source>Labels to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="145" />
        <source>Confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="146" />
        <source>NMS IoU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="147" />
        <source>Image size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="148" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="149" />
        <source>Backend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="150" />
        <source>Precision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="151" />
        <source>Engine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="152" />
        <source>Classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="244" />
        <location filename="../../app/gui/autolabel/settings_form.py" line="161" />
        <source>demo model (demo_yolov8n.pt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="255" />
        <source>Choose a detection model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="257" />
        <source>YOLO models (*.pt *.onnx *.xml);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="301" />
        <source>Folder of images to label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="351" />
        <source>Folder for the label files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/settings_form.py" line="373" />
        <source>Replace existing labels?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/settings_form.py" line="374" />
        <source>%Ln image(s) have labels that autolabel did not write (hand-made, imported or reviewed).

Replace them with the model's labels? They cannot be recovered afterwards.</source>
        <translation>
            <numerusform>%Ln image has labels that autolabel did not write (hand-made, imported or reviewed).

Replace them with the model's labels? They cannot be recovered afterwards.</numerusform>
            <numerusform>%Ln images have labels that autolabel did not write (hand-made, imported or reviewed).

Replace them with the model's labels? They cannot be recovered afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="63" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="64" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="65" />
        <source>Open review queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="183" />
        <location filename="../../app/gui/autolabel/pane.py" line="68" />
        <source>Ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="77" />
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="294" />
        <location filename="../../app/gui/autolabel/pane.py" line="77" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="239" />
        <source>Choose a model and a source first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="242" />
        <source>Tick at least one class.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="245" />
        <source>Not started: the existing labels are kept (choose how above).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="250" />
        <source>Loading the model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="266" />
        <source>Loading the model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="288" />
        <source>Cancelling: finishing the images in flight…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="315" />
        <source>images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="322" />
        <source>skipped {n}: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="324" />
        <source>&lt;b&gt;{labeled} labeled&lt;/b&gt;, {skipped} skipped, {failed} failed of {images} images in {seconds} s ({rate} img/s)&lt;br&gt;backend: {backend}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="337" />
        <source>&lt;br&gt;precision {why}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/pane.py" line="340" />
        <source>&lt;br&gt;the model's view of %Ln image(s) with kept labels is stored in the dataset's index (Review and Browse draw it dashed)</source>
        <translation>
            <numerusform>&lt;br&gt;the model's view of %Ln image with kept labels is stored in the dataset's index (Review and Browse draw it dashed)</numerusform>
            <numerusform>&lt;br&gt;the model's view of %Ln images with kept labels is stored in the dataset's index (Review and Browse draw it dashed)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="348" />
        <source>Auto-label finished: {n} labeled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="355" />
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="357" />
        <source>&lt;b&gt;Stopped:&lt;/b&gt; {line}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="358" />
        <source>Auto-label stopped: {line}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/pane.py" line="364" />
        <source>Cancelled after {done} of %Ln image(s). Labels written so far are kept; Start resumes where it stopped.</source>
        <translation>
            <numerusform>Cancelled after {done} of %Ln image. Labels written so far are kept; Start resumes where it stopped.</numerusform>
            <numerusform>Cancelled after {done} of %Ln images. Labels written so far are kept; Start resumes where it stopped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/existing.py" line="22" />
        <source>Checking which images already have labels…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/existing.py" line="28" />
        <source> (%Ln labeled by an earlier run are labeled again only if the settings changed)</source>
        <translation>
            <numerusform> (%Ln labeled by an earlier run is labeled again only if the settings changed)</numerusform>
            <numerusform> (%Ln labeled by an earlier run are labeled again only if the settings changed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/existing.py" line="34" />
        <source>None of the %Ln image(s) has labels autolabel did not write: every image is labeled in place</source>
        <translation>
            <numerusform>The %Ln image has no labels autolabel did not write: it is labeled in place</numerusform>
            <numerusform>None of the %Ln images has labels autolabel did not write: every image is labeled in place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/existing.py" line="43" />
        <source>&lt;b&gt;{count} of %Ln image(s) already have labels that autolabel did not write&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;{count} of %Ln image already has labels that autolabel did not write&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;{count} of %Ln images already have labels that autolabel did not write&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/existing.py" line="48" />
        <source>&lt;b&gt;%Ln were reviewed or edited by a person&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln was reviewed or edited by a person&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln were reviewed or edited by a person&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/existing.py" line="49" />
        <source> (e.g. {example})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/existing.py" line="53" />
        <source>. What should happen to them? Either way the model's predictions are stored in the dataset's index, so Review and Evaluate show them next to the labels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/existing.py" line="86" />
        <source>Images that already have labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/existing.py" line="88" />
        <source>Keep them, and label every image into a separate folder (Labels to)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/existing.py" line="90" />
        <source>Keep them, and label only the images without labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/existing.py" line="91" />
        <source>Replace them with the model's labels (asks to confirm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/run_preview.py" line="36" />
        <source>The latest labeled image appears here while a run is going.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/run_preview.py" line="41" />
        <source>{name}: %n box(es)</source>
        <translation>
            <numerusform>{name}: %n box</numerusform>
            <numerusform>{name}: %n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/run_preview.py" line="50" />
        <source>Problems: %n image(s) skipped</source>
        <translation>
            <numerusform>Problems: %n image skipped</numerusform>
            <numerusform>Problems: %n images skipped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/run_preview.py" line="52" />
        <source>Problems: none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/class_list.py" line="75" />
        <location filename="../../app/gui/autolabel/class_list.py" line="53" />
        <source>reading class names…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/class_list.py" line="78" />
        <source>refused: {name} would run code when loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/class_list.py" line="89" />
        <source>This model file holds more than the model classes a checkpoint needs: loading it runs code stored in the file, with your permissions.

Load it only if you trust where it came from. Load it anyway?</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>Browse</name>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="97" />
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="98" />
        <source>Draw the image's label file (solid boxes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="99" />
        <source>Predictions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="101" />
        <source>Draw the model's predictions stored by the last auto-label run (dashed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="104" />
        <source>Next image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="104" />
        <source>Next image of the Images list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="105" />
        <source>Previous image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="105" />
        <source>Previous image of the Images list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="121" />
        <source>Open a folder or a dataset (File menu) and pick an image on the left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="127" />
        <source>(shown at {percent} of full size)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/browse/pane.py" line="174" />
        <source>Loaded {path}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ConfusionMatrix</name>
    <message>
        <location filename="../../widgets/plots/confusion_matrix.py" line="62" />
        <location filename="../../widgets/plots/confusion_matrix.py" line="55" />
        <source>background</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/confusion_matrix.py" line="102" />
        <source>bg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/confusion_matrix.py" line="138" />
        <source>{share} of true '{name}'</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../widgets/plots/confusion_matrix.py" line="142" />
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n box</numerusform>
            <numerusform>%n boxes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../widgets/plots/confusion_matrix.py" line="143" />
        <source>predicted &lt;b&gt;{pred}&lt;/b&gt;, true &lt;b&gt;{true}&lt;/b&gt;: {what}&lt;br&gt;click: open these boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/confusion_matrix.py" line="208" />
        <source>predicted (rows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/confusion_matrix.py" line="219" />
        <source>true class  →  (columns)   ·   normalized per column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/confusion_matrix.py" line="224" />
        <location filename="../../widgets/plots/confusion_matrix.py" line="220" />
        <source>true class  →  (columns)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/confusion_matrix.py" line="223" />
        <source>true →  ·  per column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/confusion_matrix.py" line="226" />
        <location filename="../../widgets/plots/confusion_matrix.py" line="226" />
        <source>true →</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>Core</name>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="20" />
        <source>The images hold no box of {missing} of the {classes} classes ({shown}{more}); the model will not learn to find them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="25" />
        <source> and {n} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="26" />
        <source>{n} reviewed image ({train} to train on, {val} to validate with at val fraction {fraction:g}): a run needs at least one of each. Review more images (Space in Review) first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="31" />
        <source>{n} reviewed images ({train} to train on, {val} to validate with at val fraction {fraction:g}): a run needs at least one of each. Review more images (Space in Review) first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="36" />
        <source>The {n} reviewed images hold no boxes: there is nothing to learn yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="37" />
        <source>This dataset has no class names (data.yaml or classes.txt), and a training run needs them: add the classes in Review first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="42" />
        <source>No reviewed image yet: accept images in Review (Space) to train on them, or train on the open data.yaml as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="47" />
        <source>No data.yaml is open: open one (File ▸ Open Dataset) or train on the reviewed images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="48" />
        <source>{name}: its train split holds no images, and a run needs some to train on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="49" />
        <source>{name}: its val split holds no images, and a run needs some to validate with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="54" />
        <source>heuristic: judged from the curve's shape alone, not a certainty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="55" />
        <source>none of the rules above applies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="56" />
        <source>highest val fitness as Ultralytics picks best.pt: mAP50-95 (detect, obb), mAP50-95(B) + mAP50-95(M) (segment), mAP50-95(B) + mAP50-95(P) (pose); first on a tie; lowest total val loss (the sum of the task's val/*_loss columns) when those are missing or all zero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="62" />
        <source>total val loss v, smoothed by a centred {w}-epoch moving average s; noise sigma = 1.4826 * median|second difference of v| / sqrt(6) (at least 1e-4 of its mean); minimum level L = min s; m = the epoch of the lowest v within 2 epochs of the last epoch where s &lt;= L + sigma/sqrt({w}) (s stays above that band after it). Overfitting when &gt;= {k} epochs follow m, the mean v of the last {end} epochs is more than {tol:.0%} of L and more than {z:g} sigma above L, the least-squares slope of v from m to the end has t &gt;= {t:g} (standard error from its residuals, at least sigma / sqrt(sum (x - mean x)^2)), and the train loss slope over the same epochs is negative; onset = m + 1, the first epoch of the rise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="73" />
        <source>train loss falls along a straight line (R^2 &gt;= {r2}) and its second half falls at least {ratio}x as much as its first half: no sign of converging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="78" />
        <source>train loss falls less than {drop:.0%} from the first epoch and its second half moves less than {tail:.0%} of the first epoch's loss: it flattened early at a high loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="83" />
        <source>&gt;= {reversals:.0%} of the epoch-to-epoch steps of the train loss change direction and it swings &gt;= {amplitude:.0%} of its level around the line through each epoch's neighbours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="88" />
        <source> (now lr0={now}; try {next})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="89" />
        <source> (optimizer=auto chose the rate in this run: set the optimizer and lr0 explicitly)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="90" />
        <source> (now {now}; try {next})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="91" />
        <source>no val/*_loss columns: overfitting cannot be judged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="92" />
        <source>no train/*_loss columns: curve shape cannot be judged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="93" />
        <source>The loss curve oscillates widely (swing {amplitude:.0%} of its level, {reversals:.0%} of steps reverse): set the batch size higher{now}. {heuristic}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="98" />
        <source>The loss curve is linear (straight fall, R^2 {r2:.2f}, not levelling off): set the learning rate higher{now}, or train longer. {heuristic}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="103" />
        <source> (up {rise:.0%} by the last epoch)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="104" />
        <source>{n} epoch(s): the curve shape needs at least {least} epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="105" />
        <source>No rule fired: no sustained validation-loss rise, and the training loss is neither linear, flat at a high level nor oscillating. Best epoch {best} (by {by}); Ultralytics keeps the weights with the best fitness ({fitness}) as best.pt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="111" />
        <source>The loss decreases only a little ({drop:.0%} in all) and flattens from epoch {epoch} at a high loss: set the learning rate lower{now}. {heuristic}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="116" />
        <source>Validation loss bottomed out at epoch {low} and rises steadily from epoch {onset}{up} while the training loss keeps falling: the model is fitting the training images. Use the weights of the best epoch ({best}), stop earlier (patience), add more varied labeled images or augmentation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="127" />
        <source>class {c}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="128" />
        <source>same {label} as line {line} (IoU {iou:.2f})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="129" />
        <source>model says {pred}, {conf:.2f} (label: {label})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="130" />
        <source>model's {pred} box, {conf:.2f}, overlaps the label only {iou:.2f} IoU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="131" />
        <source>model sees an unlabeled {pred}, {conf:.2f}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="132" />
        <source>model sees nothing at this {label}{near}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="133" />
        <source> (best nearby {conf:.2f})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/i18n/core_messages.py" line="139" />
        <source>Accuracy hides imbalance: with TP = 1,000,000, FN = 2, TN = 1, FP = 0 it is 0.9999 although the model found only 1 of 3 negatives. Read precision and recall per class.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>Evaluate</name>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="78" />
        <source>Export JSON report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="79" />
        <source>Export PNG plots…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/pane.py" line="84" />
        <source>Audit findings (%Ln)</source>
        <translation>
            <numerusform>Audit findings (%Ln)</numerusform>
            <numerusform>Audit findings (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="84" />
        <source>Audit findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="115" />
        <source>Evaluation cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="118" />
        <source>Evaluating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="135" />
        <source>Evaluating: {message} ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="138" />
        <source>Evaluating: {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="145" />
        <source>Evaluation failed: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="184" />
        <location filename="../../app/gui/evaluate/pane.py" line="146" />
        <source>Evaluate</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/pane.py" line="154" />
        <source>mAP50-95 {map50_95}, mAP50 {map50} on %Ln image(s) ({seconds} s)</source>
        <translation>
            <numerusform>mAP50-95 {map50_95}, mAP50 {map50} on %Ln image ({seconds} s)</numerusform>
            <numerusform>mAP50-95 {map50_95}, mAP50 {map50} on %Ln images ({seconds} s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="196" />
        <source>No image file known for {image}: choose the Images folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="220" />
        <source>{image} is not in the open dataset {root}: open its dataset (File ▸ Open) to review it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="235" />
        <source>Export JSON report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="241" />
        <source>Export PNG plots into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/pane.py" line="247" />
        <source>Report written to {path}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/pane.py" line="269" />
        <source>%n plot(s) written to {folder}</source>
        <translation>
            <numerusform>%n plot written to {folder}</numerusform>
            <numerusform>%n plots written to {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="25" />
        <source>Two label folders (ground truth vs predictions)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="26" />
        <source>Dataset: auto-labels vs reviewed labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="27" />
        <source>Model on dataset (runs auto-label into a scratch folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="29" />
        <source>Ultralytics (yolo val)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="33" />
        <source>Ground truth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="34" />
        <source>folder of YOLO label files (5 columns)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="37" />
        <source>Predictions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="38" />
        <source>folder of label files with confidences (6 columns, save_conf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="48" />
        <location filename="../../app/gui/evaluate/source.py" line="41" />
        <source>Images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="42" />
        <source>optional: pixel sizes for small/medium/large; opens boxes in Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="45" />
        <source>Names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="46" />
        <source>optional: data.yaml or classes.txt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="53" />
        <location filename="../../app/gui/evaluate/source.py" line="49" />
        <source>Dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="50" />
        <source>dataset folder or data.yaml (the open dataset by default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="54" />
        <source>dataset folder or data.yaml with labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="57" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="58" />
        <source>YOLO detection model (.pt, .onnx, *_openvino_model)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="108" />
        <source>Class names (*.yaml *.yml *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="125" />
        <source>Models (*.pt *.onnx *.xml);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="162" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="168" />
        <source>COCO: AP over 101 recall points, exactly pycocotools' COCOeval.
Ultralytics: P, R at the max-F1 confidence and mAP as `yolo val` prints them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="178" />
        <source>Ground truth = label files of reviewed images; predictions = the original auto-labels stored in the index.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="185" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="186" />
        <source>Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/source.py" line="187" />
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/audit_findings.py" line="33" />
        <source>swap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/audit_findings.py" line="34" />
        <source>badloc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/audit_findings.py" line="35" />
        <source>overlooked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/audit_findings.py" line="36" />
        <source>spurious</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/audit_findings.py" line="37" />
        <source>duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/audit_findings.py" line="70" />
        <source>Audit findings (labelbench audit)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/audit_findings.py" line="72" />
        <source>Audit findings (labelbench audit): %Ln in {source}</source>
        <translation>
            <numerusform>Audit findings (labelbench audit): %Ln in {source}</numerusform>
            <numerusform>Audit findings (labelbench audit): %Ln in {source}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/audit_findings.py" line="78" />
        <source>class {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/audit_findings.py" line="81" />
        <source>all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/audit_findings.py" line="135" />
        <source>(box {n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="47" />
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="49" />
        <source>GT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="50" />
        <source>Pred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="53" />
        <source>images with a label of this class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="54" />
        <source>labels of this class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="55" />
        <source>predictions of this class with confidence above the threshold (the matrix's row sum;
AP counts every prediction at any confidence)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="60" />
        <source>TP / Pred at the threshold (TP: the matrix's diagonal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="61" />
        <source>TP / GT at the threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="62" />
        <source>harmonic mean of P and R at the threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="63" />
        <source>average precision at IoU 0.50 over every prediction (any confidence)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="64" />
        <source>AP averaged over IoU 0.50:0.95, every prediction (any confidence)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="68" />
        <source>Click a cell to open its boxes in Review, one by one (click again or N: the next one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="73" />
        <source>TP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="74" />
        <source>FP wrong class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="75" />
        <source>FP duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="76" />
        <source>FP background</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="77" />
        <source>FN wrong class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="78" />
        <source>FN missed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="79" />
        <source>wrong class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="82" />
        <source>False positives and negatives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="83" />
        <source>False positives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="84" />
        <source>False negatives (missed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="106" />
        <source>label {cls} (line {line})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="109" />
        <source>prediction {cls} conf {conf}</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="288" />
        <source>Confidence threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="292" />
        <source>Click a row to open the image in Review with the box highlighted.
Select a class in the table above to list only its errors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="298" />
        <source>Normalized (per true class)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="299" />
        <source>Next example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="300" />
        <source>The cell's next example in Review (N; Shift+N: the one before)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="303" />
        <source>Confusion matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="304" />
        <source>Confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="305" />
        <source>P-R curves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="306" />
        <source>IoU histogram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="310" />
        <source>confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="311" />
        <source>F1 vs confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="313" />
        <source>Precision vs confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="319" />
        <location filename="../../app/gui/evaluate/views.py" line="313" />
        <source>precision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="315" />
        <source>Recall vs confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="318" />
        <location filename="../../app/gui/evaluate/views.py" line="315" />
        <source>recall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="317" />
        <source>Precision-recall (interpolated, 101 points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="322" />
        <source>IoU of matched pairs (TP at IoU 0.50)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="322" />
        <source>pairs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="325" />
        <source>Choose a source and press Evaluate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="585" />
        <location filename="../../app/gui/evaluate/views.py" line="327" />
        <source>Errors at this threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="360" />
        <source>Ultralytics (yolo val), max-F1 conf {conf}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/views.py" line="373" />
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/views.py" line="374" />
        <source>%n ground-truth box(es)</source>
        <translation>
            <numerusform>%n ground-truth box</numerusform>
            <numerusform>%n ground-truth boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/views.py" line="375" />
        <source>%n prediction(s)</source>
        <translation>
            <numerusform>%n prediction</numerusform>
            <numerusform>%n predictions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="435" />
        <source>&lt;b&gt;task: {task}&lt;/b&gt; · &lt;b&gt;IoU: {iou}&lt;/b&gt; · </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="439" />
        <source>Matrix, errors and the table's Pred, P, R, F1: &lt;b&gt;IoU ≥ {iou}&lt;/b&gt; · &lt;b&gt;confidence &amp;gt; {conf}&lt;/b&gt; · &lt;b&gt;{rule}&lt;/b&gt; (class first, then wrong class) · AP: every prediction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="445" />
        <source>&lt;b&gt;All boxes:&lt;/b&gt; P &lt;b&gt;{p}&lt;/b&gt; · R &lt;b&gt;{r}&lt;/b&gt; · F1 &lt;b&gt;{f1}&lt;/b&gt;&lt;br&gt;TP &lt;b&gt;{tp}&lt;/b&gt; · FP &lt;b&gt;{fp}&lt;/b&gt; ({fp_class} wrong class, {fp_duplicate} duplicate, {fp_background} background) · FN &lt;b&gt;{fn}&lt;/b&gt; ({fn_class} wrong class, {fn_missed} missed)&lt;br&gt;Accuracy TP/(TP+FP+FN) &lt;b&gt;{accuracy}&lt;/b&gt; (detection has no true negatives)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="469" />
        <source>Confusion matrix at confidence &gt; {conf}, IoU ≥ {iou} (rows predicted, columns true)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/views.py" line="477" />
        <source>%n TP pair(s), median IoU {median}</source>
        <translation>
            <numerusform>%n TP pair, median IoU {median}</numerusform>
            <numerusform>%n TP pairs, median IoU {median}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="493" />
        <source>all classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="495" />
        <source>best class-mean F1 {f1} at {conf}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="512" />
        <source>mean (AP {ap})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="562" />
        <source>predicted {pred}, true {true}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="564" />
        <source>cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="566" />
        <source>{where}: no boxes at this threshold</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/views.py" line="568" />
        <source>{where}: example {i} of %n (click again or N: the next one)</source>
        <translation>
            <numerusform>{where}: example {i} of %n (click again or N: the next one)</numerusform>
            <numerusform>{where}: example {i} of %n (click again or N: the next one)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/evaluate/views.py" line="587" />
        <source>{errors} of &lt;b&gt;{cls}&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/evaluate/views.py" line="599" />
        <source>… %n more (export the JSON report for all)</source>
        <translation>
            <numerusform>… %n more (export the JSON report for all)</numerusform>
            <numerusform>… %n more (export the JSON report for all)</numerusform>
        </translation>
    </message>
</context><context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="55" />
        <source>Image: {command}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="63" />
        <source>Window (menus)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="126" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="133" />
        <source>none (File ▸ Choose Model…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="137" />
        <source>none (File ▸ Open Folder… / Open Dataset…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="142" />
        <source>A desktop workbench for object-detection datasets: tune OpenCV processing live, bulk auto-label image folders with an Ultralytics YOLO model, correct the labels by hand (least sure first), find the labels most likely wrong, evaluate a detector and train one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="149" />
        <source>&lt;b&gt;Model:&lt;/b&gt; {model}&lt;br&gt;&lt;b&gt;Dataset:&lt;/b&gt; {data}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="151" />
        <source>&lt;b&gt;Read more&lt;/b&gt; in Help ▸ Manual (the Markdown in resources/docs/), chapters: {chapters}; the overview is README.md. Every key: Help ▸ Keyboard shortcuts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="157" />
        <source>&lt;b&gt;Licence:&lt;/b&gt; {licence} (the LICENSE file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/help_dialogs.py" line="176" />
        <source>About LabelBench</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>Histogram</name>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="185" />
        <source>mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="186" />
        <source>min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="186" />
        <source>max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="191" />
        <source>Luminance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="192" />
        <source>RGB channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="194" />
        <source>Luminance, or one curve per colour channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="196" />
        <source>Log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="197" />
        <source>Logarithmic count axis (log10(count + 1))</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="198" />
        <source>Methods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="200" />
        <source>Mark the thresholds every automatic method picks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="213" />
        <source>log₁₀(count+1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/histogram.py" line="215" />
        <source>count</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>JobPanel</name>
    <message>
        <location filename="../../app/gui/common/job_panel.py" line="20" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>JobState</name>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="20" />
        <source>at epoch {epoch}/{epochs}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="22" />
        <source>before the first epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="24" />
        <source>failed {at}: {failure}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="26" />
        <source>killed {at}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="28" />
        <source>stopped {at}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="30" />
        <source>ended early {at} (patience)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="32" />
        <source>finished {epochs}/{epochs} epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="33" />
        <source>finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="283" />
        <location filename="../../app/gui/common/state_text.py" line="41" />
        <source>  (paused)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="42" />
        <source>elapsed {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="44" />
        <source>Preparing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="46" />
        <source>ETA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="59" />
        <source>{what} finished: {done} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="61" />
        <source>{what} finished: {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="63" />
        <source>{what} cancelled after {done} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/state_text.py" line="65" />
        <source>{what} failed after {done} of {total}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>Keys</name>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="97" />
        <source>Keyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="99" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="99" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="99" />
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="101" />
        <source>New key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="102" />
        <source>Click here and press the key (with Ctrl, Shift or Alt if wanted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="103" />
        <source>Set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="104" />
        <source>No key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="105" />
        <source>Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="106" />
        <source>Key set:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="107" />
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="108" />
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="109" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="159" />
        <source>no key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="160" />
        <source>“{action}” now answers {keys}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="167" />
        <source>Pick an action in the table first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="191" />
        <source>Key set “{name}” applied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="197" />
        <source>Cannot import: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="201" />
        <source>Keys imported from {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="207" />
        <source>Keys exported to {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="211" />
        <source>Import keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="218" />
        <location filename="../../app/gui/keys/dialog.py" line="211" />
        <source>Key bindings (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/dialog.py" line="218" />
        <source>Export keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/presets.py" line="14" />
        <source>LabelBench (defaults)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/presets.py" line="15" />
        <source>labelImg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/presets.py" line="16" />
        <source>X-AnyLabeling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/registry.py" line="49" />
        <source>{key} is already the key of “{action}” ({where}): choose another key, or change that one first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/keys/registry.py" line="88" />
        <source>Window</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="120" />
        <source>Dataset index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="206" />
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="240" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="241" />
        <source>Open &amp;Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="242" />
        <source>Open &amp;Dataset (data.yaml)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="243" />
        <source>Choose &amp;Model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="244" />
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="245" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="246" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="247" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="248" />
        <source>&amp;Panes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="249" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="250" />
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="251" />
        <source>&amp;Keyboard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="252" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="253" />
        <source>&amp;Manual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="254" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="255" />
        <source>&amp;Reset Demo Dataset…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="256" />
        <source>&amp;About LabelBench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="259" />
        <location filename="../../app/gui/main_window.py" line="258" />
        <source>Images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="260" />
        <source>Filter file names…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="262" />
        <source>Zoom of the image in front (View ▸ Zoom In / Zoom Out / Fit / 100 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="265" />
        <source>Detection model used by auto-label and evaluate (File ▸ Choose Model)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="282" />
        <source>Model: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="284" />
        <source>No model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="290" />
        <source>No folder open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="292" />
        <source>Indexing…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/main_window.py" line="294" />
        <source>%Ln image(s)…</source>
        <translation>
            <numerusform>%Ln image…</numerusform>
            <numerusform>%Ln images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/main_window.py" line="296" />
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="310" />
        <source>This pane failed to load:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="317" />
        <source>This pane failed to start:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="353" />
        <source>Open folder of images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="360" />
        <source>Open dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="362" />
        <source>Dataset (*.yaml *.yml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="370" />
        <source>Choose detection model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="372" />
        <source>Models (*.pt *.onnx *.xml);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="380" />
        <source>Checking {name}…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/main_window.py" line="385" />
        <source>Model: {path} (%n class(es))</source>
        <translation>
            <numerusform>Model: {path} (%n class)</numerusform>
            <numerusform>Model: {path} (%n classes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="400" />
        <source>Cannot open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="409" />
        <source>Demo dataset: your copy in {root} (Help ▸ Reset Demo Dataset makes it afresh)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="415" />
        <source>Opened {path}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/main_window.py" line="417" />
        <source> — %n class(es)</source>
        <translation>
            <numerusform> — %n class</numerusform>
            <numerusform> — %n classes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="436" />
        <source>LabelBench — demo, your copy ({path})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="462" />
        <source>Last image of the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="464" />
        <source>First image of the list</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/main_window.py" line="481" />
        <source>Indexed %Ln image(s)</source>
        <translation>
            <numerusform>Indexed %Ln image</numerusform>
            <numerusform>Indexed %Ln images</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="603" />
        <location filename="../../app/gui/main_window.py" line="581" />
        <source>Reset demo dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="582" />
        <source>Replace the demo dataset in {path} with a fresh copy of the bundled one?

Labels, reviews, auto-labels and training runs made in it are lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="608" />
        <source>Demo dataset reset: a fresh copy in {path}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>Manual</name>
    <message>
        <location filename="../../app/gui/common/manual.py" line="54" />
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="55" />
        <source>Getting started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="56" />
        <source>Process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="57" />
        <source>Auto-label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="58" />
        <source>Ray</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="59" />
        <source>Review and audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="60" />
        <source>Snap to the object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="61" />
        <source>Evaluate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="62" />
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="63" />
        <source>Formats and safety</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="64" />
        <source>Language and keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="65" />
        <source>Benchmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="66" />
        <source>Development</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="124" />
        <source>LabelBench manual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="150" />
        <source>Find in the manual…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="254" />
        <source>not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="259" />
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/manual.py" line="380" />
        <source>Manual: {chapter}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ModelCheck</name>
    <message>
        <location filename="../../app/gui/common/model_check.py" line="77" />
        <source>{name}: no such file or folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/model_check.py" line="97" />
        <source>{name}: not a detection model LabelBench can read ({detail})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/model_check.py" line="101" />
        <source>{name}: a {task} model; LabelBench needs a detection model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/model_check.py" line="105" />
        <source>{name}: no class names found in the model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/class_list.py" line="87" />
        <location filename="../../app/gui/common/model_check.py" line="139" />
        <source>Load a model that can run code?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/model_check.py" line="141" />
        <source>This model file holds more than the model classes a checkpoint needs: loading it runs code stored in the file, with your permissions.

Use it only if you trust where it came from. Use it anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/model_check.py" line="151" />
        <source>{name}: not used (it would run code when loaded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/model_check.py" line="170" />
        <source>Not a detection model</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>Op</name>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="40" />
        <source>Grayscale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="41" />
        <source>Luminance (0.299 R + 0.587 G + 0.114 B); gray input passes through.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="42" />
        <source>Convert colour space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="43" />
        <source>BGR -&gt; HSV / Lab / YCrCb / HLS / RGB / XYZ (OpenCV's 8-bit ranges, e.g. H in 0..179).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="46" />
        <source>Single channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="47" />
        <source>One channel of the image in a colour space, as a gray image (e.g. the S of HSV).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="50" />
        <source>Invert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="51" />
        <source>Negative: max - value (255 or 65535).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="52" />
        <source>Brightness / contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="53" />
        <source>out = contrast * in + brightness, rounded and clipped to the image depth.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="58" />
        <source>Gamma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="59" />
        <source>out = max * (in / max) ** gamma via a lookup table (8- and 16-bit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="62" />
        <source>Equalize histogram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="63" />
        <source>Global histogram equalization (8- and 16-bit); colour images equalize luminance only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="66" />
        <source>CLAHE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="67" />
        <source>Contrast-limited adaptive histogram equalization (8- and 16-bit); colour images are     equalized on Lab's L channel (8-bit) or on Y of YCrCb (16-bit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="73" />
        <source>Stretch to full range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="74" />
        <source>Linear stretch so the darkest / brightest pixels (after clipping `saturate` % at each end,     measured on the luminance) map to 0 and the depth's maximum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="80" />
        <source>Gaussian blur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="81" />
        <source>Gaussian smoothing with an odd square kernel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="90" />
        <source>Median blur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="91" />
        <source>Median of each ksize x ksize neighbourhood; removes salt-and-pepper noise, keeps edges.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="93" />
        <source>Bilateral filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="94" />
        <source>Edge-preserving smoothing (8-bit natively; 16-bit through float32).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="99" />
        <source>Box blur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="100" />
        <source>Mean of each ksize x ksize neighbourhood (any size, even allowed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="101" />
        <source>Sharpen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="102" />
        <source>3x3 Laplacian sharpening: out = in + amount * (4 * centre - neighbours).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="104" />
        <source>Unsharp mask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="105" />
        <source>out = in + amount * (in - gaussian(in)), skipping differences below `threshold`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="108" />
        <source>Sobel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="109" />
        <source>|Sobel derivative| (x, y, or gradient magnitude) times `scale`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="115" />
        <source>Scharr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="116" />
        <source>|Scharr derivative| (more accurate 3x3 than Sobel) times `scale`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="117" />
        <source>Laplacian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="118" />
        <source>|Laplacian| times `scale`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="119" />
        <source>Canny</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="120" />
        <source>Canny edges of the gray image -&gt; uint8 0/255 (16-bit input is reduced to 8 bits first). A Low     threshold above High is used swapped, as OpenCV does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="128" />
        <source>Erode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="129" />
        <source>Minimum over the kernel: shrinks bright regions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="135" />
        <source>Dilate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="136" />
        <source>Maximum over the kernel: grows bright regions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="137" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="138" />
        <source>Erode then dilate: removes small bright specks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="139" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="140" />
        <source>Dilate then erode: fills small dark holes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="141" />
        <source>Morphological gradient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="142" />
        <source>Dilation minus erosion: object outlines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="143" />
        <source>Top-hat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="144" />
        <source>Image minus its opening: small bright details on an uneven background.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="145" />
        <source>Black-hat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="146" />
        <source>Closing minus image: small dark details on an uneven background.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="147" />
        <source>Threshold (manual)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="148" />
        <source>Fixed level. binary / binary_inv give a uint8 0/255 mask; to-zero / truncate keep depth.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="157" />
        <source>Threshold (auto)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="158" />
        <source>Level picked by an ImageJ method on the gray histogram (8- or 16-bit), then applied to     the gray image like the manual threshold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="164" />
        <source>Threshold (OpenCV Otsu / Triangle)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="165" />
        <source>OpenCV's THRESH_OTSU / THRESH_TRIANGLE on the gray image -&gt; uint8 0/255 mask.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="167" />
        <source>Threshold (adaptive)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="168" />
        <source>Local threshold: pixel &gt; (local mean or Gaussian-weighted mean) - C -&gt; 255.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="174" />
        <source>Colour range mask (inRange)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="175" />
        <source>Pixels whose channels (in `space`) all lie in [low, high] -&gt; 255. Gray input uses channel 0's     bounds only. HSV hue is 0..179 in OpenCV. `masked` keeps the original pixels inside the range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="188" />
        <source>Resize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="189" />
        <source>Scale both sides by `scale` (at least 1 pixel).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="196" />
        <source>Crop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="197" />
        <source>Keep the rectangle given in percent of the width / height (resolution independent, so     previews at a reduced scale crop the same region).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="205" />
        <source>Rotate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="206" />
        <source>Rotate about the centre; multiples of 90 degrees are exact (no resampling).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="211" />
        <source>Flip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="212" />
        <source>Mirror left-right, top-bottom, or both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="217" />
        <source>Contours + boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="218" />
        <source>Find contours of the non-zero pixels (use after a threshold), keep those passing the area /     aspect filter and draw them and / or their bounding boxes over the input (BGR uint8 result).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="237" />
        <source>Connected components</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="238" />
        <source>Label the connected non-zero regions; keep those whose pixel count is within the area     limits; show them as coloured labels, as a 0/255 mask, or only the largest one.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>OpChoice</name>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="86" />
        <source>Reflect 101</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="87" />
        <source>Reflect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="88" />
        <source>Replicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="89" />
        <source>Constant 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="111" />
        <source>d/dx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="112" />
        <source>d/dy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="113" />
        <source>Magnitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="131" />
        <source>Rectangle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="132" />
        <source>Ellipse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="133" />
        <source>Cross</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="152" />
        <source>Binary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="153" />
        <source>Binary inverted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="154" />
        <source>To zero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="155" />
        <source>To zero inverted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="156" />
        <source>Truncate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="169" />
        <source>Mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="170" />
        <source>Gaussian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="186" />
        <source>Mask (0/255)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="187" />
        <source>Image inside the range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="191" />
        <source>Nearest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="192" />
        <source>Linear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="193" />
        <source>Cubic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="194" />
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="195" />
        <source>Lanczos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="214" />
        <source>Horizontal (mirror)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="215" />
        <source>Vertical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="216" />
        <source>Both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="223" />
        <source>Outer only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="224" />
        <source>All (incl. holes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="231" />
        <source>Contours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="232" />
        <source>Boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="233" />
        <source>Contours + boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="234" />
        <source>Filled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="243" />
        <source>Coloured labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="244" />
        <source>Kept components mask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="245" />
        <source>Largest component</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>OpFamily</name>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="30" />
        <source>Color &amp; channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="31" />
        <source>Brightness &amp; contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="32" />
        <source>Blur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="33" />
        <source>Sharpen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="34" />
        <source>Edges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="35" />
        <source>Morphology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="36" />
        <source>Threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="37" />
        <source>Masking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="38" />
        <source>Geometry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="39" />
        <source>Contours &amp; components</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>OpParam</name>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="44" />
        <source>Colour space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="45" />
        <source>Target space; the result is shown as a 3-channel image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="48" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="49" />
        <source>0, 1 or 2 in the chosen space (e.g. HSV: 0=H, 1=S, 2=V)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="54" />
        <source>Contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="55" />
        <source>Gain (1 = unchanged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="56" />
        <source>Brightness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="57" />
        <source>Offset on the 0..255 scale (x257 for 16-bit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="60" />
        <source>Gamma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="61" />
        <source>&lt; 1 brightens, &gt; 1 darkens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="64" />
        <source>Each channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="65" />
        <source>Colour images: equalize B, G, R separately instead of the luminance (Y of YCrCb)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="71" />
        <source>Clip limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="72" />
        <source>Tiles per side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="78" />
        <source>Saturated %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="79" />
        <source>Percent of pixels clipped at each end (0 = plain min-max)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="82" />
        <source>Kernel size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="83" />
        <source>Sigma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="84" />
        <source>0 = derived from the kernel size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="85" />
        <source>Border</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="92" />
        <source>16-bit images: 3 or 5 only (OpenCV limit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="95" />
        <source>Diameter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="96" />
        <source>Sigma colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="97" />
        <source>On the 0..255 scale (x257 for 16-bit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="98" />
        <source>Sigma space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="103" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="106" />
        <source>Threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="107" />
        <source>Only sharpen where |in - blurred| exceeds this (0..255 scale)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="110" />
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="114" />
        <source>Scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="124" />
        <source>Low threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="125" />
        <source>High threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="126" />
        <source>Aperture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="127" />
        <source>L2 gradient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="130" />
        <source>Kernel shape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="134" />
        <source>Iterations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="149" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="150" />
        <source>Pixels &gt; level are foreground (0..255, or 0..65535 for 16-bit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="151" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="162" />
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="163" />
        <source>ImageJ auto-threshold method, computed from the gray histogram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="166" />
        <source>Inverted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="171" />
        <source>Block size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="172" />
        <source>C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="173" />
        <source>Subtracted from the local mean (0..255 scale)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="179" />
        <source>Channel 0 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="180" />
        <source>Channel 0 max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="181" />
        <source>Channel 1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="182" />
        <source>Channel 1 max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="183" />
        <source>Channel 2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="184" />
        <source>Channel 2 max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="185" />
        <source>Output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="190" />
        <source>Interpolation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="201" />
        <source>Left %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="202" />
        <source>Top %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="203" />
        <source>Right %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="204" />
        <source>Bottom %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="207" />
        <source>Angle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="208" />
        <source>Degrees, counter-clockwise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="209" />
        <source>Expand canvas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="210" />
        <source>Grow the canvas so nothing is cut off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="213" />
        <source>Axis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="222" />
        <source>Contours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="225" />
        <source>Min area (px)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="226" />
        <source>Max area (px)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="227" />
        <source>0 = no limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="228" />
        <source>Min aspect w/h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="229" />
        <source>Max aspect w/h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="230" />
        <source>Draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="235" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="236" />
        <source>Line width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="242" />
        <source>Connectivity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/op_text.py" line="246" />
        <source>Draw boxes</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>PaneCommands</name>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="29" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="31" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="32" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="33" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="34" />
        <source>Select &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="37" />
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="38" />
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="39" />
        <source>&amp;Fit to Window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="40" />
        <source>&amp;100 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/common/pane_commands.py" line="62" />
        <source>Zoom {percent} %</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>Panes</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="56" />
        <source>Browse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="57" />
        <source>Process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="58" />
        <source>Auto-label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="59" />
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="60" />
        <source>Evaluate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="441" />
        <location filename="../../app/gui/main_window.py" line="61" />
        <source>Training</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ParamPanel</name>
    <message>
        <location filename="../../widgets/param_panel.py" line="192" />
        <source>Choose colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/param_panel.py" line="260" />
        <location filename="../../widgets/param_panel.py" line="248" />
        <source>This step has no parameters.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>Process</name>
    <message>
        <location filename="../../app/gui/process/view.py" line="101" />
        <location filename="../../app/gui/process/pane.py" line="398" />
        <location filename="../../app/gui/process/pane.py" line="192" />
        <location filename="../../app/gui/process/pane.py" line="97" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/pane.py" line="151" />
        <source>Loading {name}…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/pane.py" line="177" />
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n channel</numerusform>
            <numerusform>%n channels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/process/pane.py" line="178" />
        <source>image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/pane.py" line="231" />
        <source>No step selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/pane.py" line="233" />
        <source>Add a step with “Add step”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/pane.py" line="326" />
        <source>Threshold input (auto)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="47" />
        <location filename="../../app/gui/process/pane.py" line="327" />
        <source>Original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/pane.py" line="388" />
        <source>full resolution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/pane.py" line="390" />
        <source>preview 1/{n}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/pane.py" line="392" />
        <source>ran {done} of %n step(s)</source>
        <translation>
            <numerusform>ran {done} of %n step</numerusform>
            <numerusform>ran {done} of %n steps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="59" />
        <location filename="../../app/gui/process/pane.py" line="394" />
        <source>no steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/pane.py" line="395" />
        <source>computing full resolution…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/pane.py" line="431" />
        <source>Computing every method…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/pane.py" line="442" />
        <source>%n method(s) on the original. Click a tile to use it.</source>
        <translation>
            <numerusform>%n method on the original. Click a tile to use it.</numerusform>
            <numerusform>%n methods on the original. Click a tile to use it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/pane.py" line="444" />
        <source>%n method(s) on the output of step {step}. Click a tile to use it.</source>
        <translation>
            <numerusform>%n method on the output of step {step}. Click a tile to use it.</numerusform>
            <numerusform>%n methods on the output of step {step}. Click a tile to use it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="36" />
        <source>Pipeline (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="44" />
        <source>Batch apply pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="52" />
        <source>Same as input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="56" />
        <source>Source (file or folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="89" />
        <location filename="../../app/gui/process/actions.py" line="57" />
        <source>Destination folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="58" />
        <source>Output format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="45" />
        <location filename="../../app/gui/process/actions.py" line="62" />
        <source>Pipeline</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/actions.py" line="63" />
        <source>%n step(s): {steps}</source>
        <translation>
            <numerusform>%n step: {steps}</numerusform>
            <numerusform>%n steps: {steps}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="67" />
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="221" />
        <location filename="../../app/gui/process/actions.py" line="69" />
        <source>Cancel run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="82" />
        <source>Source folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="96" />
        <source>Choose a source and a destination.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/actions.py" line="121" />
        <source>Done: {written} of %n image(s) written to {dest} in {seconds} s</source>
        <translation>
            <numerusform>Done: {written} of %n image written to {dest} in {seconds} s</numerusform>
            <numerusform>Done: {written} of %n images written to {dest} in {seconds} s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="126" />
        <source>; {failed} failed (listed above).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="285" />
        <location filename="../../app/gui/process/actions.py" line="132" />
        <source>Stopped: {message}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/actions.py" line="136" />
        <source>Cancelled after %n image(s); the files written so far are kept.</source>
        <translation>
            <numerusform>Cancelled after %n image; the files written so far are kept.</numerusform>
            <numerusform>Cancelled after %n images; the files written so far are kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="168" />
        <source>Open pipeline…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="169" />
        <source>Save pipeline…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="170" />
        <source>Export Python…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="171" />
        <source>New pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="172" />
        <source>Batch apply…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="173" />
        <source>Label with contours…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="174" />
        <source>Load a pipeline JSON file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="175" />
        <source>Save the pipeline as JSON (for `labelbench filter --pipeline`)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="177" />
        <source>Write a standalone cv2 + numpy script with bit-identical output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="179" />
        <source>Apply the pipeline to every image of a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="181" />
        <source>Boxes from the contours of the binary result: this image or a whole folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="194" />
        <source>Open pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="201" />
        <source>Cannot open pipeline</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/actions.py" line="205" />
        <source>Pipeline {name}: %n step(s)</source>
        <translation>
            <numerusform>Pipeline {name}: %n step</numerusform>
            <numerusform>Pipeline {name}: %n steps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="213" />
        <source>Save pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="220" />
        <source>Cannot save pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="223" />
        <source>Saved {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="231" />
        <source>Export Python script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="233" />
        <source>Python (*.py)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="240" />
        <source>Cannot export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/actions.py" line="242" />
        <source>Exported {path}  (run: python {name} SOURCE DEST)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="42" />
        <source>on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="42" />
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="118" />
        <source>Add step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="119" />
        <source>Add an operation after the selected step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="120" />
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="121" />
        <source>Duplicate the selected step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="122" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="123" />
        <source>Remove the selected step (Del)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="124" />
        <source>Move the selected step up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="125" />
        <source>Move the selected step down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/steps.py" line="126" />
        <source>Remove the selected step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/memory.py" line="41" />
        <source>Process: the last pipeline did not load ({error}); the default one is shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="156" />
        <source>Boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="157" />
        <source>Polygons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="158" />
        <source>Rotated boxes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/label.py" line="166" />
        <source>%n polygon(s)</source>
        <translation>
            <numerusform>%n polygon</numerusform>
            <numerusform>%n polygons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/label.py" line="168" />
        <source>%n rotated box(es)</source>
        <translation>
            <numerusform>%n rotated box</numerusform>
            <numerusform>%n rotated boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/label.py" line="169" />
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n box</numerusform>
            <numerusform>%n boxes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="180" />
        <source>Label with contours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="207" />
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="208" />
        <source>Min area (px)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="209" />
        <source>Max area (px, 0 = none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="210" />
        <source>Min aspect w/h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="211" />
        <source>Max aspect w/h (0 = none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="212" />
        <source>Write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="213" />
        <source>Polygon tolerance (px)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="214" />
        <source>Objects on this image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="215" />
        <source>Dataset / folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="219" />
        <source>Label this image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="220" />
        <source>Label folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="253" />
        <source>Dataset folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="265" />
        <source>no image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="287" />
        <source>Cancelled; the labels written so far are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="303" />
        <source>Pick an image of a dataset first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="311" />
        <source>Wrote {shapes} for {name} ({key}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="317" />
        <source>Not written: {why} (reviewed or hand-made labels are protected).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/label.py" line="323" />
        <source>Choose a dataset or folder.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/label.py" line="335" />
        <source>Labeled {labeled} of %n image(s), skipped {skipped}, failed {failed} in {seconds} s. Index: {index}</source>
        <translation>
            <numerusform>Labeled {labeled} of %n image, skipped {skipped}, failed {failed} in {seconds} s. Index: {index}</numerusform>
            <numerusform>Labeled {labeled} of %n images, skipped {skipped}, failed {failed} in {seconds} s. Index: {index}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/process/label.py" line="350" />
        <source>Contour labels: %n image(s) labeled</source>
        <translation>
            <numerusform>Contour labels: %n image labeled</numerusform>
            <numerusform>Contour labels: %n images labeled</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="46" />
        <source>Parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="49" />
        <source>Pick an image in the Images list (File ▸ Open Folder…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="51" />
        <source>Side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="52" />
        <source>Split</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="53" />
        <source>Final result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="53" />
        <source>Selected step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="56" />
        <source>Show the pipeline's output, or the output of the selected step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="58" />
        <source>Fast preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="60" />
        <source>Compute at screen resolution while dragging; full resolution on release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="62" />
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="63" />
        <source>  Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="64" />
        <source>Which image the histogram measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="65" />
        <source>Histogram of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="66" />
        <source>Histogram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="67" />
        <source>Try all thresholds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/process/view.py" line="69" />
        <source>Pick an image on the left to start.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>Review</name>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="178" />
        <location filename="../../app/gui/review/audit/job.py" line="177" />
        <location filename="../../app/gui/review/presence.py" line="38" />
        <source>starting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/presence.py" line="39" />
        <source>auto-label running in another process ({where})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/presence.py" line="70" />
        <source>Could not tell other processes this dataset is open: {why}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/doc.py" line="159" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/shared_label.py" line="42" />
        <source>shares its label file {label} with {names}: read-only here; rename one of them or move it into another folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/shared_label.py" line="72" />
        <source>{names} and {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/shared_label.py" line="75" />
        <source>{name} shares its label file with {names}: rename one of them or move it into another folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/shared_label.py" line="78" />
        <source>{label}: shared by the images {who} (Ultralytics reads one .txt per image name): open read-only, nothing is written here; rename one of them or move it into another folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/shared_label.py" line="98" />
        <source>Not accepted: {image} shares its label file with {others} (rename one of them or move it into another folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="164" />
        <source>Prev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="164" />
        <source>Previous image (saves the current one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="165" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="165" />
        <source>Next image (saves the current one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="168" />
        <source>Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="169" />
        <source>Accept as reviewed and open the next image in the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="171" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="171" />
        <source>Save the label file now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="172" />
        <source>Draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="172" />
        <source>Draw a box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="173" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="91" />
        <location filename="../../app/gui/review/pane.py" line="173" />
        <source>Delete the selected boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="174" />
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="272" />
        <location filename="../../app/gui/review/toolbar/keys.py" line="166" />
        <location filename="../../app/gui/review/pane.py" line="174" />
        <source>Fit the image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="175" />
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="175" />
        <source>Keyboard help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="178" />
        <source>Predictions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="179" />
        <source>Draw the model's predictions stored in the index (dashed, class and confidence) where they differ from the labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="194" />
        <source>Class of new boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="210" />
        <source>Open a dataset (File menu), then pick an image from the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="212" />
        <source>Opening the dataset…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="335" />
        <source>Nothing to undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="341" />
        <source>Back to {name} to undo: {what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="356" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="361" />
        <source>Undo {what} (back to {name})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="363" />
        <source>Undo {what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="367" />
        <source>Redo {what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="367" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="451" />
        <source>Cannot open the dataset index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="468" />
        <source>Index refresh failed: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="470" />
        <source>Indexing…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/pane.py" line="493" />
        <source>Indexing… %Ln image(s)</source>
        <translation>
            <numerusform>Indexing… %Ln image</numerusform>
            <numerusform>Indexing… %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/pane.py" line="504" />
        <source>Index up to date: %Ln image(s) in {seconds} s</source>
        <translation>
            <numerusform>Index up to date: %Ln image in {seconds} s</numerusform>
            <numerusform>Index up to date: %Ln images in {seconds} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/pane.py" line="542" />
        <source>%Ln image(s) in this list</source>
        <translation>
            <numerusform>%Ln image in this list</numerusform>
            <numerusform>%Ln images in this list</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="544" />
        <source> · no audit yet: name order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="619" />
        <source>End of the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="619" />
        <source>Start of the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="639" />
        <source>{image} is not in the open dataset {root}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="669" />
        <source>Cannot add the class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="680" />
        <source>Added class {id} {name} ({file})</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/pane.py" line="695" />
        <source>Its label files already use %n class id(s) ({ids}): name them in that order.</source>
        <translation>
            <numerusform>Its label files already use %n class id ({ids}): name them in that order.</numerusform>
            <numerusform>Its label files already use %n class ids ({ids}): name them in that order.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="706" />
        <source>Class names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="707" />
        <source>{folder} has no class list yet (data.yaml or classes.txt).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="712" />
        <source>Type the class names, one per line: the first line is class 0. They are saved in classes.txt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="752" />
        <source>read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="754" />
        <source>outside edit: not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="756" />
        <source>save failed: not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="758" />
        <source>unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="760" />
        <source>saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="762" />
        <source>no changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="768" />
        <source>{pos} of {total}{more} in list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/pane.py" line="772" />
        <source>not in this list</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/pane.py" line="774" />
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n box</numerusform>
            <numerusform>%n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/guard.py" line="94" />
        <source>%n unsaved edit(s) from the last session: restore?</source>
        <translation>
            <numerusform>%n unsaved edit from the last session: restore?</numerusform>
            <numerusform>%n unsaved edits from the last session: restore?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="95" />
        <source>LabelBench ended without saving {names}. Restored edits are unsaved until you save them (Ctrl+S, or leave the image).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="101" />
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="102" />
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="121" />
        <source>Could not keep the unsaved edits aside: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="171" />
        <source>Could not save {name}: your edits are not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="172" />
        <source>{why}
They are kept here (and aside, should LabelBench end). Make the folder writable or free space, then try again; or discard them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="240" />
        <location filename="../../app/gui/review/guard.py" line="178" />
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="179" />
        <source>Discard my edits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="183" />
        <source>Not saved: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="193" />
        <source>Reopen it where it is now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="195" />
        <source>Find it…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/guard.py" line="200" />
        <source>; your %n unsaved edit(s) kept here</source>
        <translation>
            <numerusform>; your %n unsaved edit is kept here</numerusform>
            <numerusform>; your %n unsaved edits are kept here</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="202" />
        <source>{why}. Nothing was written{kept}.
It is now at {place}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="205" />
        <source>{why}. Nothing was written{kept}.
Reopen it where it is now to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="211" />
        <source>The dataset folder is gone: moved, renamed or deleted while it was open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="216" />
        <source>{why}: nothing was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="222" />
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="224" />
        <source>Your edits were discarded: the label file as it is on disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="239" />
        <source>Where is the dataset now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="261" />
        <source>Reopened the dataset at {root}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/guard.py" line="263" />
        <source>; %n unsaved edit(s) carried over</source>
        <translation>
            <numerusform>; %n unsaved edit carried over</numerusform>
            <numerusform>; %n unsaved edits carried over</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="285" />
        <source>Unsaved edits</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/guard.py" line="286" />
        <source>%n image(s) with edits that could not be saved: {names}</source>
        <translation>
            <numerusform>%n image has edits that could not be saved: {names}</numerusform>
            <numerusform>%n images have edits that could not be saved: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="296" />
        <source>{why}: saving is not possible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="300" />
        <source>Save tries again (overwriting a file changed outside); Discard drops the edits; Cancel goes back to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="321" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/guard.py" line="322" />
        <source>%n image(s) could not be saved: {why}
Nothing was closed.</source>
        <translation>
            <numerusform>%n image could not be saved: {why}
Nothing was closed.</numerusform>
            <numerusform>%n images could not be saved: {why}
Nothing was closed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/guard.py" line="344" />
        <source>{path} was changed outside LabelBench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="143" />
        <source>{path}: cannot read ({why})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="173" />
        <source>This image cannot be shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="219" />
        <source>Saved {name} at {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="235" />
        <source>Resolve the outside edit of this label file first (message above the image)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="253" />
        <source>This label file has lines that cannot be read: choose what to do (message above)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="261" />
        <source>{name} was just changed outside LabelBench: reloaded, not accepted; look at it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="285" />
        <source>Label file changed outside LabelBench after you saved it: reloaded; Ctrl+Z brings your version back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="295" />
        <source>{name} was changed outside LabelBench after you saved it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="298" />
        <source>{path}
Another window or program wrote it: it is shown as it is now. Your version is one undo away (Ctrl+Z).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="303" />
        <source>Back to my version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="307" />
        <source>Label file changed outside LabelBench: reloaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="317" />
        <source>Load the file changed outside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="332" />
        <source>{name} was changed outside LabelBench while you were editing it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="335" />
        <source>{path}
Nothing was written. Keep your edits (overwrite the file) or load the file from disk (your edits stay in undo history of this session only until you leave).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="341" />
        <source>Load file from disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="342" />
        <source>Keep my edits (overwrite)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/editing.py" line="356" />
        <source>{name}: %n line(s) cannot be read as labels; the file is open read-only</source>
        <translation>
            <numerusform>{name}: %n line cannot be read as labels; the file is open read-only</numerusform>
            <numerusform>{name}: %n lines cannot be read as labels; the file is open read-only</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="361" />
        <source>Open file in editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="362" />
        <source>Leave file unchanged</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/editing.py" line="367" />
        <source>Remove %n bad line(s) and edit</source>
        <translation>
            <numerusform>Remove %n bad line and edit</numerusform>
            <numerusform>Remove %n bad lines and edit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/editing.py" line="375" />
        <source>{name}: boxes with a class id outside the %n class name(s) are kept and shown as 'class N?'</source>
        <translation>
            <numerusform>{name}: boxes with a class id outside the %n class name are kept and shown as 'class N?'</numerusform>
            <numerusform>{name}: boxes with a class id outside the %n class names are kept and shown as 'class N?'</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="397" />
        <source>Loaded the label file from disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/editing.py" line="409" />
        <source>{name} left unchanged (read-only here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/queue_list.py" line="20" />
        <source>Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/queue_list.py" line="21" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="54" />
        <location filename="../../app/gui/review/queue_list.py" line="22" />
        <source>Boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/queue_list.py" line="23" />
        <source>Min conf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/queue_list.py" line="27" />
        <source>reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/queue_list.py" line="28" />
        <source>auto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/queue_list.py" line="29" />
        <source>labeled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/queue_list.py" line="30" />
        <source>unlabeled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/queue_list.py" line="186" />
        <source>status: {status}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/queue_list.py" line="187" />
        <source> (edited by a person)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/queue_list.py" line="189" />
        <source>%n malformed line(s) in the label file</source>
        <translation>
            <numerusform>%n malformed line in the label file</numerusform>
            <numerusform>%n malformed lines in the label file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/queue_list.py" line="191" />
        <source>%n box(es) with an unknown class id</source>
        <translation>
            <numerusform>%n box with an unknown class id</numerusform>
            <numerusform>%n boxes with an unknown class id</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/queue_list.py" line="195" />
        <source>audit: %n finding(s): {kinds}</source>
        <translation>
            <numerusform>audit: %n finding: {kinds}</numerusform>
            <numerusform>audit: %n findings: {kinds}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="35" />
        <source>To review (not accepted yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="36" />
        <source>All images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="37" />
        <source>Auto-labeled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="38" />
        <source>Labeled (not by auto-label)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="39" />
        <source>Unlabeled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="40" />
        <source>Reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="43" />
        <source>Least sure first (review queue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="44" />
        <source>Likely mistakes first (audit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="45" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="46" />
        <source>Most boxes first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="47" />
        <source>Mean confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="118" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="118" />
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="118" />
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="154" />
        <location filename="../../app/gui/review/controls.py" line="126" />
        <source>All classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="128" />
        <source>No dataset open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="177" />
        <source>Reviewed {done} / {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="229" />
        <source>Class of the selected boxes (as in the label files; digit key in brackets)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="231" />
        <source>New class name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="232" />
        <source>Add class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="233" />
        <source>Classes (untick to hide; double-click sets the selection's class)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/controls.py" line="273" />
        <source>Class of selection (%n boxes, mixed)</source>
        <translation>
            <numerusform>Class of selection (%n box, mixed)</numerusform>
            <numerusform>Class of selection (%n boxes, mixed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/controls.py" line="275" />
        <source>Class of selection (%n boxes)</source>
        <translation>
            <numerusform>Class of selection (%n box)</numerusform>
            <numerusform>Class of selection (%n boxes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="277" />
        <source>Class of selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="279" />
        <source>Class of selection: nothing selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/controls.py" line="290" />
        <source>Hide boxes below confidence {conf}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/banner.py" line="28" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/shapes/suggested.py" line="19" />
        <source>Y: the index holds no predicted polygon or rotated box for this finding; edit the shape by hand (N keeps it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/shapes/simplify_box.py" line="46" />
        <source>Simplify (G): the selected polygons lose the vertices that lie closer than this (image pixels) to the simpler outline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/shapes/simplify_box.py" line="51" />
        <source>Simplify (G)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="36" />
        <source>Snap: a polygon or rotated box is not snapped (a snap is a box); S proposes a new shape instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="86" />
        <source>Snap to the object ({keys}): drag a loose box or click inside an object; Enter accepts, Esc drops, wheel or +/- changes the tolerance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="211" />
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="90" />
        <source>(no key)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="92" />
        <source>Snap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="93" />
        <source>Snap the selected box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="111" />
        <source>Snap: drag a loose box or click inside an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="113" />
        <source>Snap off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="131" />
        <source>Snap: select a box first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="148" />
        <source>Snap: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="154" />
        <source>Snap: {method}, confidence {conf}, tolerance {tol}, {ms} ms; Enter accepts, Esc drops, wheel or +/- changes the tolerance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="176" />
        <source>Snap dropped: the image changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="182" />
        <source>Snap box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="187" />
        <source>Snapped ({method}, confidence {conf})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/snap_tool.py" line="208" />
        <source>Snap dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/new_class.py" line="14" />
        <source>ask at each new box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/new_class.py" line="29" />
        <source>Class of new boxes: picked before drawing (also a digit key with no box selected), or asked at each new box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="18" />
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="22" />
        <source>Accept the image as reviewed (saves it) and open the next one in the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="28" />
        <source>Next / previous image (saves the current one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="32" />
        <source>Save now (autosave also runs when leaving an image and after 2 s idle)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="36" />
        <source>Undo / redo (history per image, until another dataset opens; with nothing to undo here, Ctrl+Z goes back to the image edited last, such as one fixed with Y, and undoes there)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="45" />
        <source>Show / hide this help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="49" />
        <source>Audit finding: apply the model's suggestion / keep the label (dismissed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="57" />
        <source>{draw}, or drag on empty space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="58" />
        <source>Draw a box (crosshair, and the class it gets, while drawing); it asks for its class at the box (Enter: the suggested one, a digit: another) unless a class was picked before drawing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="67" />
        <source>Select the next / previous box, least confident first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="70" />
        <source>Click, Ctrl+click, {select_all}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="71" />
        <source>Select a box, add to the selection, select all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="74" />
        <source>Drag a box / a handle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="75" />
        <source>Move (all selected boxes) / resize by any of the 8 handles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="79" />
        <source>Set the class of the selected boxes: key 1 is class 0 of the label files, key 9 class 8 (no selection: pick the class of new boxes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="86" />
        <source>{class_menu}, or right click</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="256" />
        <location filename="../../app/gui/review/toolbar/keys.py" line="87" />
        <source>Class picker for the selected boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="262" />
        <location filename="../../app/gui/review/toolbar/keys.py" line="95" />
        <source>Nudge the selected boxes by 1 pixel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="99" />
        <source>Copy / paste / duplicate boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="258" />
        <location filename="../../app/gui/review/toolbar/keys.py" line="103" />
        <source>Add the boxes of the previous image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="107" />
        <source>Snap tool on / off: drag a loose box or click inside an object, and its tight box is proposed (Enter or Space accepts, Esc drops, wheel or +/- changes the tolerance) / snap the selected box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="116" />
        <source>Cancel drawing, clear the selection, close this help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="121" />
        <source>Polygons and rotated boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="124" />
        <source>Drag a vertex, Alt+click an edge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="125" />
        <source>Move a vertex / insert one on the edge (double click too)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="128" />
        <source>Click a vertex, then {delete}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="129" />
        <source>Delete that vertex (a polygon keeps at least 3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="132" />
        <source>{polygon}, clicks, {close_polygon}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="133" />
        <source>Draw a polygon point by point; Enter or a double click closes it, Esc cancels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="139" />
        <source>Simplify the selected polygons (2 px tolerance) / turn them into their box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="145" />
        <source>Rotate the selected rotated boxes by 1°; drag the knob to rotate, a handle to resize along its sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="154" />
        <source>View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="157" />
        <source>Wheel, {zoom_in} / {zoom_out}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="158" />
        <source>Zoom around the cursor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="161" />
        <source>Middle or right drag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="162" />
        <source>Pan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="165" />
        <source>{fit}, middle double click</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="197" />
        <source>Arrow keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="198" />
        <source>Shift+arrow keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="204" />
        <source>{key} (or {others})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="250" />
        <source>Set the class of the selected boxes (no selection: class of new boxes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="251" />
        <source>Draw a box (crosshair while drawing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="252" />
        <source>Delete the selected boxes (a picked vertex of a polygon: that vertex)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="253" />
        <source>Select the next box, least confident first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="254" />
        <source>Select the previous box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="255" />
        <source>Cancel drawing, clear the selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="257" />
        <source>Copy the selected boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="259" />
        <source>Paste boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="260" />
        <source>Duplicate the selected boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="261" />
        <source>Select all boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="263" />
        <source>Nudge the selected boxes by 10 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="264" />
        <source>Draw a polygon point by point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="265" />
        <source>Close the polygon being drawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="266" />
        <source>Simplify the selected polygons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="267" />
        <source>Turn the selected polygons into their boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="268" />
        <source>Rotate the selected rotated boxes 1° counterclockwise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="269" />
        <source>Rotate the selected rotated boxes 1° clockwise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="270" />
        <source>Rotate by 10° counterclockwise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="271" />
        <source>Rotate by 10° clockwise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="273" />
        <source>Zoom to 100 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="274" />
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="275" />
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="282" />
        <source>This label file is read-only here (see the message above the image)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="283" />
        <source>No class {id}: the dataset has classes 0 to {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="284" />
        <source>New boxes: {cls}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="285" />
        <source>new box: asks its class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="286" />
        <source>new box: {cls}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="287" />
        <source>No box drawn: the folder has no class names yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="288" />
        <source>No polygon drawn: the folder has no class names yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="289" />
        <source>Copied {n} box(es)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="290" />
        <source>Copied {n} shape(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="291" />
        <source>No boxes on the previous image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="292" />
        <source>A polygon keeps at least 3 points (Del without a picked vertex deletes it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="293" />
        <source>Rotated boxes: draw one with W, then turn it with Z / X or its knob</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="294" />
        <source>Click the points of the polygon; Enter or a double click closes it, Esc cancels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="297" />
        <source>A polygon needs at least 3 points: nothing drawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="298" />
        <source>Simplified: {before} → {after} points (tolerance {px} px)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="299" />
        <source>Class {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="300" />
        <source>Delete {n} box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="301" />
        <source>Delete {n} boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="302" />
        <source>Draw box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="303" />
        <source>Draw {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="304" />
        <source>Draw polygon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="305" />
        <source>Nudge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="306" />
        <source>Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="307" />
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="308" />
        <source>Boxes of previous image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="309" />
        <source>Move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="310" />
        <source>Resize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="311" />
        <source>Delete vertex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="312" />
        <source>Insert vertex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="313" />
        <source>Move vertex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="314" />
        <source>Simplify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="315" />
        <source>Polygon to box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="316" />
        <source>Rotate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="355" />
        <source>Review keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/toolbar/keys.py" line="355" />
        <source>F1 or Esc to close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="78" />
        <source>No audit yet: this order needs one, so the list is in name order for now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="88" />
        <source>The audit compares labels with the model's view, and no image here has labels yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="99" />
        <source>Choose a detection model (File ▸ Choose Model), then choose this order again to run the audit.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/audit/job.py" line="111" />
        <source>Run the audit: {model} looks at the %Ln labeled image(s) and ranks the labels most likely wrong (label files are only read).</source>
        <translation>
            <numerusform>Run the audit: {model} looks at the %Ln labeled image and ranks the labels most likely wrong (label files are only read).</numerusform>
            <numerusform>Run the audit: {model} looks at the %Ln labeled images and ranks the labels most likely wrong (label files are only read).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="118" />
        <source>Run the audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="118" />
        <source>Not now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="141" />
        <source>Stopping the audit…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/audit/job.py" line="175" />
        <source>{done} / %Ln image(s)</source>
        <translation>
            <numerusform>{done} / %Ln image</numerusform>
            <numerusform>{done} / %Ln images</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="179" />
        <source>second look</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="180" />
        <source>scoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="192" />
        <source>Audit paused: {what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="193" />
        <source>Auditing the labels: {what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="205" />
        <source>The list is sorted by the findings when it finishes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="207" />
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="209" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="210" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="214" />
        <source>Auditing… {what}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/audit/job.py" line="219" />
        <source>Audit: {flagged} of %Ln image(s) have findings ({seconds} s)</source>
        <translation>
            <numerusform>Audit: {flagged} of %Ln image has findings ({seconds} s)</numerusform>
            <numerusform>Audit: {flagged} of %Ln images have findings ({seconds} s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="238" />
        <source>The audit stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="244" />
        <source>Audit failed: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="250" />
        <source>Audit cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="251" />
        <source>Findings of the images audited so far are kept; run it again to finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/job.py" line="252" />
        <source>Run again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="38" />
        <source>set the class to {pred}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="39" />
        <source>take the model's box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="40" />
        <source>add the {pred} box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="41" />
        <source>delete the label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="42" />
        <source>delete the duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="46" />
        <source>swap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="47" />
        <source>badloc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="48" />
        <source>overlooked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="49" />
        <source>spurious</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="50" />
        <source>duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="80" />
        <source>Keep the label (audit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="119" />
        <source>Fix (audit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="120" />
        <source>Apply the model's suggestion for the current audit finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="124" />
        <source>Keep (audit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="125" />
        <source>Keep the label as it is: dismiss the current audit finding</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/review/audit/view.py" line="198" />
        <source>(%n finding(s))</source>
        <translation>
            <numerusform>(%n finding)</numerusform>
            <numerusform>(%n findings)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="203" />
        <source>class {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="209" />
        <source>{kind} {score}: {reason}   ·   {fix_key}: {fix}   ·   {keep_key}: keep the label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="275" />
        <location filename="../../app/gui/review/audit/view.py" line="245" />
        <source>No audit finding on this image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/review/audit/view.py" line="268" />
        <source>Audit: {what}</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ThresholdGrid</name>
    <message>
        <location filename="../../widgets/plots/threshold_grid.py" line="39" />
        <source>{name}: threshold {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/plots/threshold_grid.py" line="43" />
        <source>Click to use it</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>Training</name>
    <message>
        <location filename="../../app/gui/training/form.py" line="31" />
        <source>Reviewed images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="32" />
        <source>The images accepted in Review, exported with links into a training folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="35" />
        <source>The open data.yaml</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="36" />
        <source>The open data.yaml as it is, its own train and val lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="123" />
        <source>Training data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="125" />
        <source>no dataset open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="130" />
        <source>What to train on: {choices}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="131" />
        <source>split seed (the same seed gives the same split)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="132" />
        <source>stratify by class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="134" />
        <source>A family .yaml trains from random initialisation; a local .pt fine-tunes it. Nothing is downloaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="139" />
        <source>auto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="141" />
        <source>auto: Ultralytics' optimizer=auto picks it; a value trains with SGD at that rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="143" />
        <source>runs folder (default: &lt;dataset&gt;/.labelbench/runs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="144" />
        <source>Model and settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="147" />
        <source>Train on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="148" />
        <source>Val fraction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="149" />
        <source>Seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="112" />
        <location filename="../../app/gui/training/form.py" line="180" />
        <location filename="../../app/gui/training/form.py" line="152" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="153" />
        <source>Epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="154" />
        <source>Image size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="155" />
        <source>Batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="157" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="158" />
        <source>Runs folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="112" />
        <location filename="../../app/gui/training/form.py" line="180" />
        <source>YOLO models (*.pt *.yaml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="127" />
        <source>Start training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="130" />
        <source>idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="131" />
        <source>Runs (checked ones are plotted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="132" />
        <source>Open run folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="133" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="134" />
        <source>Use best.pt for auto-labeling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="135" />
        <source>Model table and speed here…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="136" />
        <source>Train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="136" />
        <source>Runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="150" />
        <source>Open a finished run folder or start a training run to see its curves and the diagnosis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="158" />
        <source>Kill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="160" />
        <source>Terminate the training process now (the last saved epoch's weights stay)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="163" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="165" />
        <source>Finish the current batch, validate, save the weights and end the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="282" />
        <source>Stop the training before removing its run from the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="305" />
        <source>Open an Ultralytics run folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="310" />
        <source>Open run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="317" />
        <source>This run has no weights/best.pt yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="320" />
        <source>Auto-label model: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="441" />
        <location filename="../../app/gui/training/pane.py" line="374" />
        <source>Open a dataset first (File menu).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/training/pane.py" line="395" />
        <source>%Ln image(s) to train on, {val} to validate with</source>
        <translation>
            <numerusform>%Ln image to train on, {val} to validate with</numerusform>
            <numerusform>%Ln images to train on, {val} to validate with</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="457" />
        <location filename="../../app/gui/training/pane.py" line="456" />
        <source>exporting the reviewed images…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="466" />
        <source>{train} image(s) to train on and {val} to validate with: a run needs both. Review more images, or lower the val fraction / untick stratify.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="473" />
        <source>exported {train} train + {val} val images ({rule})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="478" />
        <source>starting the training process…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="488" />
        <source>training → {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="516" />
        <source>killing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="521" />
        <source>stopping after this batch…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="533" />
        <source>epoch {epoch}/{epochs} · batch {batch}/{batches}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="536" />
        <source>epoch {epoch}/{epochs} done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="554" />
        <source>Training {outcome}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="16" />
        <source>Overfitting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="17" />
        <source>Linear curve: learning rate too low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="18" />
        <source>Small decrease: learning rate too high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="19" />
        <source>Large oscillation: batch too small</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="20" />
        <source>Healthy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="49" />
        <source>(training…)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/training/runs.py" line="50" />
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n epoch</numerusform>
            <numerusform>%n epochs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="57" />
        <source>best epoch {epoch}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="58" />
        <source>(by {metric} = {value})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="61" />
        <source>lowest val loss at epoch {epoch}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="62" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="63" />
        <source>overfitting onset: &lt;b&gt;{epoch}&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="68" />
        <source>heuristic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="72" />
        <source> @ epoch {epoch}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="74" />
        <source>rule: {rule}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="82" />
        <source>note: {note}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="31" />
        <source>model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="32" />
        <source>size (px)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="34" />
        <source>CPU ONNX ms
(published)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="35" />
        <source>A100 TensorRT ms
(published)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="36" />
        <source>params (M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="37" />
        <source>FLOPs (B)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="38" />
        <source>CPU ms here
(PyTorch, batch 1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="45" />
        <source>YOLO models: published figures and speed on this machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="58" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="64" />
        <source>The published figures are at 640 px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="65" />
        <source>Measure speed here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="70" />
        <source>Published: Ultralytics YOLOv8 table (COCO val2017, 640 px). Measured here: median inference time of 10 runs after 2 warm-up runs, batch 1, PyTorch on this CPU (ONNX/OpenVINO exports are usually faster).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="80" />
        <source>Model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="83" />
        <source>size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="134" />
        <source>{name} (yours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="149" />
        <source>Measurement failed: {error}</source>
        <translation type="unfinished" />
    </message>
</context></TS>
