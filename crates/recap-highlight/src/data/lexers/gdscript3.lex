S	builtins
R		(?<!\.)(instance_from_id|nearest_po2|print_stack|type_exist|rand_range|linear2db|var2bytes|dict2inst|randomize|bytes2var|rand_seed|db2linear|inst2dict|printerr|printraw|decimals|preload|deg2rad|str2var|stepify|var2str|convert|weakref|fposmod|funcref|rad2deg|dectime|printt|is_inf|is_nan|assert|Color8|typeof|ColorN|prints|floor|atan2|yield|randf|print|range|clamp|round|randi|sqrt|tanh|cosh|ceil|ease|acos|load|fmod|lerp|seed|sign|atan|sinh|hash|asin|sin|str|cos|tan|pow|exp|min|abs|log|max)(?![])	t37			1
R		(?<!\.)(self|false|true|PI|NAN|INF)(?![])	t38			1
R		(?<!\.)(Physics2DShapeQueryParameters|PhysicsShapeQueryParameters|Physics2DDirectBodyStateSW|NavigationPolygonInstance|ResourceInteractiveLoader|Physics2DDirectSpaceState|Physics2DShapeQueryResult|Physics2DTestMotionResult|InputEventJoystickButton|InputEventJoystickMotion|Physics2DDirectBodyState|PhysicsDirectBodyStateSW|PhysicsShapeQueryResult|PhysicsDirectSpaceState|SpatialSound2DServerSW|PackedDataContainerRef|NavigationMeshInstance|ResourceImportMetadata|PhysicsDirectBodyState|ConcavePolygonShape2D|CanvasItemShaderGraph|EditorScenePostImport|InputEventScreenTouch|InputEventMouseButton|InputEventMouseMotion|SpatialSound2DServer|AudioStreamOGGVorbis|VisibilityNotifier2D|InputEventScreenDrag|ConvexPolygonShape2D|SpatialSoundServerSW|ParticleAttractor2D|PackedDataContainer|SpatialStreamPlayer|RenderTargetTexture|AnimationTreePlayer|ConcavePolygonShape|InstancePlaceholder|MaterialShaderGraph|AudioStreamPlayback|VisibilityEnabler2D|SpatialSamplePlayer|DampedSpringJoint2D|InterpolatedCamera|ConvexPolygonShape|ConfirmationDialog|SpatialSoundServer|BakedLightInstance|ParallaxBackground|CollisionPolygon2D|CanvasItemMaterial|VisibilityNotifier|EditorImportPlugin|VideoStreamTheora|TouchScreenButton|ResourcePreloader|OccluderPolygon2D|BakedLightSampler|CollisionObject2D|RemoteTransform2D|PolygonPathFinder|StyleBoxImageMask|NavigationPolygon|TranslationServer|MultiMeshInstance|ImmediateGeometry|Physics2DServerSW|ColorPickerButton|VisibilityEnabler|PHashTranslation|RectangleShape2D|DirectionalLight|AnimatedSprite3D|WorldEnvironment|CollisionShape2D|EventStreamChibi|InputEventAction|CollisionPolygon|AudioStreamSpeex|EditorFileDialog|GeometryInstance|Generic6DOFJoint|PacketPeerStream|CanvasItemShader|KinematicBody2D|StyleBoxTexture|PhysicsServerSW|VSplitContainer|CenterContainer|GDFunctionState|AudioStreamOpus|TextureProgress|MarginContainer|CollisionObject|LightOccluder2D|AnimationPlayer|HSplitContainer|ScrollContainer|SoundRoomParams|Physics2DServer|MaterialShader|ShaderMaterial|ViewportSprite|SplitContainer|AudioStreamMPC|VisualInstance|PanelContainer|BackBufferCopy|SamplePlayer2D|CanvasModulate|ResourceLoader|CapsuleShape2D|ReferenceFrame|NavigationMesh|CollisionShape|ConeTwistJoint|ProximityGroup|AnimatedSprite|SegmentShape2D|BoneAttachment|RichTextLabel|CircleShape2D|VBoxContainer|PacketPeerUDP|SpatialPlayer|TextureButton|KinematicBody|SoundPlayer2D|PhysicsServer|ParallaxLayer|InputEventKey|GrooveJoint2D|PhysicsBody2D|FixedMaterial|GridContainer|HBoxContainer|StreamPeerSSL|StyleBoxEmpty|StreamPeerTCP|SampleLibrary|GDNativeClass|AudioServerSW|ResourceSaver|SpriteBase3D|StreamPlayer|AtlasTexture|VisualServer|SamplePlayer|StyleBoxFlat|StaticBody2D|SpriteFrames|MeshDataTool|MeshInstance|Vector3Array|BoxContainer|TabContainer|HButtonArray|LargeTexture|Navigation2D|WindowDialog|EditorScript|EditorPlugin|TextureFrame|AcceptDialog|ImageTexture|CapsuleShape|VehicleWheel|VButtonArray|Vector2Array|InputDefault|OptionButton|PathFollow2D|VehicleBody|ColorPicker|PopupDialog|ProgressBar|CanvasLayer|Translation|Environment|EventPlayer|VideoPlayer|EventStream|VideoStream|ButtonGroup|Particles2D|Patch9Frame|ButtonArray|SurfaceTool|MeshLibrary|PackedScene|PhysicsBody|AudioStream|Performance|StringArray|AudioServer|RigidBody2D|LineShape2D|SliderJoint|SphereShape|ShaderGraph|CheckButton|StreamPeer|FileDialog|PathFollow|SceneState|RoomBounds|Dictionary|VSeparator|PacketPeer|VScrollBar|MenuButton|HTTPClient|PinJoint2D|BakedLight|PlaneShape|InputEvent|BaseButton|HSeparator|HScrollBar|Navigation|PopupPanel|StaticBody|Position2D|Position3D|ToolButton|HingeJoint|CanvasItem|RayShape2D|ColorArray|ConfigFile|TCP_Server|RayCast2D|ColorRamp|SpotLight|RealArray|GraphNode|Container|Reference|PopupMenu|Separator|Polygon2D|MultiMesh|Semaphore|Transform|OmniLight|GraphEdit|Particles|Animation|Marshalls|SceneTree|RigidBody|XMLParser|PathRemap|ScrollBar|Directory|PCKPacker|RawArray|TextEdit|MainLoop|TreeItem|StyleBox|Material|Geometry|Matrix32|Resource|UndoRedo|RayShape|TestCube|ItemList|CheckBox|Camera2D|Skeleton|Sprite3D|Viewport|NodePath|IntArray|BoxShape|PinJoint|InputMap|LineEdit|GDScript|Vector3|TileMap|HSlider|Spatial|SpinBox|World2D|IP_Unix|Curve2D|Curve3D|WeakRef|GridMap|Matrix3|VSlider|CubeMap|Joint2D|Globals|Shape2D|Texture|Control|TileSet|Light2D|FuncRef|Vector2|RayCast|Script|Node2D|Button|BitMap|Sample|Object|String|Shader|Area2D|Slider|Sprite|Thread|Path2D|Camera|Portal|float|Theme|World|YSort|Shape|Joint|Mutex|Tween|RegEx|Label|Rect2|Array|Plane|Light|Range|Color|Input|Popup|Panel|Timer|Image|Area|Quad|bool|AABB|Quat|File|Tabs|Path|Font|Tree|Room|Mesh|Node|RID|int|Nil|IP|OS)(?![])	t28			1
S	sqs
R		'	t65	o1
R		\\\\|\\'|\\\n	t59
I	strings-single
S	stringescape
R		\\(["'\\a-bfnrtv]|\n|N\{[^\n]*?\}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|[0-7]{1,3})	t59			1
S	classname
R		[A-Z_a-z][]*	t24	o1
S	strings-single
R		%(\([]+\))?[ \#\+\-0]*([0-9]+|[\*])?(\.([0-9]+|[\*]))?[Lhl]?[\%E-GXc-gior-sux]	t61			4
R		[^\n"\%'\\]+	t65
R		["'\\]	t65
R		%	t65
S	funcname
R		[A-Z_a-z][]*	t45	o1
R				o1
S	numbers
R		([\p{Nd}]+\.[\p{Nd}]*|[\p{Nd}]*\.[\p{Nd}]+)([Ee][\+\-]?[0-9]+)?j?	t69			2
R		[\p{Nd}]+[Ee][\+\-]?[0-9]+j?	t69
R		0[Xx][0-9A-Fa-f]+	t70
R		[\p{Nd}]+j?	t71
S	tdqs
R		"""	t58	o1
I	strings-double
R		\n	t58
S	name
R		[A-Z_a-z][]*	t22
S	root
R		\n	t98
R		(?<![^\n])([]*)([BRUbru]\{,2\})("""(?:[^\n]|\n)*?""")	g(t98,t51,t57)			3
R		(?<![^\n])([]*)([BRUbru]\{,2\})('''(?:[^\n]|\n)*?''')	g(t98,t51,t57)			3
R		[^\n[^]]+	t98
R		#[^\n]*(?![^\n])	t82
R		[\(-\)\,\:-\;\[\]\{\}]	t78
R		\\\n	t98
R		\\	t98
R		(in|and|or|not)(?![])	t76			1
R		!=|==|<<|>>|&&|\+=|-=|\*=|\/=|%=|&=|\|=|\|\||[\!\$-\&\*-\+\--\/\<-\>\^\|\~]	t75
I	keywords
R		(def)((?:[]|\\[])+)	g(t15,t98)	p(funcname)		2
R		(class)((?:[]|\\[])+)	g(t15,t98)	p(classname)		2
I	builtins
R		([Rr]|[BUbu][Rr]|[Rr][BUbu])(""")	g(t51,t58)	p(tdqs)		2
R		([Rr]|[BUbu][Rr]|[Rr][BUbu])(''')	g(t51,t65)	p(tsqs)		2
R		([Rr]|[BUbu][Rr]|[Rr][BUbu])(")	g(t51,t58)	p(dqs)		2
R		([Rr]|[BUbu][Rr]|[Rr][BUbu])(')	g(t51,t65)	p(sqs)		2
R		([BUbu]?)(""")	g(t51,t58)	c(stringescape,tdqs)		2
R		([BUbu]?)(''')	g(t51,t65)	c(stringescape,tsqs)		2
R		([BUbu]?)(")	g(t51,t58)	c(stringescape,dqs)		2
R		([BUbu]?)(')	g(t51,t65)	c(stringescape,sqs)		2
I	name
I	numbers
S	keywords
R		(breakpoint|continue|onready|extends|signal|return|export|static|setget|switch|break|const|while|class|tool|pass|func|case|enum|else|elif|var|for|do|if)(?![])	t15			1
S	dqs
R		"	t58	o1
R		\\\\|\\"|\\\n	t59
I	strings-double
S	tsqs
R		'''	t65	o1
I	strings-single
R		\n	t65
S	strings-double
R		%(\([]+\))?[ \#\+\-0]*([0-9]+|[\*])?(\.([0-9]+|[\*]))?[Lhl]?[\%E-GXc-gior-sux]	t61			4
R		[^\n"\%'\\]+	t58
R		["'\\]	t58
R		%	t58
