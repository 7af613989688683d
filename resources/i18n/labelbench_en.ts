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
        <location filename="../../app/gui/autolabel/pane.py" line="316" />
        <source>images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="323" />
        <source>skipped {n}: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="325" />
        <source>&lt;b&gt;{labeled} labeled&lt;/b&gt;, {skipped} skipped, {failed} failed of {images} images in {seconds} s ({rate} img/s)&lt;br&gt;backend: {backend}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="338" />
        <source>&lt;br&gt;precision {why}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/pane.py" line="341" />
        <source>&lt;br&gt;the model's view of %Ln image(s) with kept labels is stored in the dataset's index (Review and Browse draw it dashed)</source>
        <translation>
            <numerusform>&lt;br&gt;the model's view of %Ln image with kept labels is stored in the dataset's index (Review and Browse draw it dashed)</numerusform>
            <numerusform>&lt;br&gt;the model's view of %Ln images with kept labels is stored in the dataset's index (Review and Browse draw it dashed)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="349" />
        <source>Auto-label finished: {n} labeled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="356" />
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="358" />
        <source>&lt;b&gt;Stopped:&lt;/b&gt; {line}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/autolabel/pane.py" line="359" />
        <source>Auto-label stopped: {line}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/autolabel/pane.py" line="365" />
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
        <location filename="../../app/gui/main_window.py" line="584" />
        <location filename="../../app/gui/main_window.py" line="568" />
        <source>Reset demo dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="569" />
        <source>Replace the demo dataset in {path} with a fresh copy of the bundled one?

Labels, reviews, auto-labels and training runs made in it are lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="589" />
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
        <location filename="../../app/gui/training/pane.py" line="432" />
        <location filename="../../app/gui/main_window.py" line="61" />
        <source>Training</source>
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
        <location filename="../../app/gui/training/form.py" line="106" />
        <source>Training data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="108" />
        <source>no dataset open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="113" />
        <source>What to train on: {choices}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="114" />
        <source>split seed (the same seed gives the same split)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="115" />
        <source>stratify by class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="117" />
        <source>A family .yaml trains from random initialisation; a local .pt fine-tunes it. Nothing is downloaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="122" />
        <source>auto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="124" />
        <source>auto: Ultralytics' optimizer=auto picks it; a value trains with SGD at that rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="126" />
        <source>runs folder (default: &lt;dataset&gt;/.labelbench/runs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="127" />
        <source>Model and settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="130" />
        <source>Train on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="131" />
        <source>Val fraction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="132" />
        <source>Seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="112" />
        <location filename="../../app/gui/training/form.py" line="163" />
        <location filename="../../app/gui/training/form.py" line="135" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="136" />
        <source>Epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="137" />
        <source>Image size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="138" />
        <source>Batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="140" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/form.py" line="141" />
        <source>Runs folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/models.py" line="112" />
        <location filename="../../app/gui/training/form.py" line="163" />
        <source>YOLO models (*.pt *.yaml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="125" />
        <source>Start training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="128" />
        <source>idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="129" />
        <source>Runs (checked ones are plotted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="130" />
        <source>Open run folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="131" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="132" />
        <source>Use best.pt for auto-labeling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="133" />
        <source>Model table and speed here…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="134" />
        <source>Train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="134" />
        <source>Runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="144" />
        <source>Open a finished run folder or start a training run to see its curves and the diagnosis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="152" />
        <source>Kill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="154" />
        <source>Terminate the training process now (the last saved epoch's weights stay)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="157" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="159" />
        <source>Finish the current batch, validate, save the weights and end the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="275" />
        <source>Stop the training before removing its run from the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="298" />
        <source>Open an Ultralytics run folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="303" />
        <source>Open run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="310" />
        <source>This run has no weights/best.pt yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="313" />
        <source>Auto-label model: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="432" />
        <location filename="../../app/gui/training/pane.py" line="367" />
        <source>Open a dataset first (File menu).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="387" />
        <source>{train} to train on, {val} to validate with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="448" />
        <location filename="../../app/gui/training/pane.py" line="447" />
        <source>exporting the reviewed images…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="457" />
        <source>{train} image(s) to train on and {val} to validate with: a run needs both. Review more images, or lower the val fraction / untick stratify.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="464" />
        <source>exported {train} train + {val} val images ({rule})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="469" />
        <source>starting the training process…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="479" />
        <source>training → {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="507" />
        <source>killing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="512" />
        <source>stopping after this batch…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="524" />
        <source>epoch {epoch}/{epochs} · batch {batch}/{batches}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="527" />
        <source>epoch {epoch}/{epochs} done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/pane.py" line="545" />
        <source>Training {outcome}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="15" />
        <source>Overfitting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="16" />
        <source>Linear curve: learning rate too low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="17" />
        <source>Small decrease: learning rate too high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="18" />
        <source>Large oscillation: batch too small</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="19" />
        <source>Healthy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="48" />
        <source>(training…)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/training/runs.py" line="49" />
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n epoch</numerusform>
            <numerusform>%n epochs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="56" />
        <source>best epoch {epoch}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="57" />
        <source>(by {metric} = {value})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="60" />
        <source>lowest val loss at epoch {epoch}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="61" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="62" />
        <source>overfitting onset: &lt;b&gt;{epoch}&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="67" />
        <source>heuristic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="71" />
        <source> @ epoch {epoch}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="73" />
        <source>rule: {rule}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/gui/training/runs.py" line="80" />
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
